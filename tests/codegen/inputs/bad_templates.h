#pragma once
// Class templates the generator refuses, and specializations it cannot generate.
#include <lambda/json/annotate.h>

#include <cstddef>
#include <map>
#include <vector>

namespace golden {

template <class T, std::size_t N>
struct LAMBDA_JSON Fixed {
  std::vector<T> values;
};

template <class... Ts>
struct LAMBDA_JSON Many {};

template <class Key>
struct LAMBDA_JSON Keyed {
  std::map<Key, int> counts;
};

template <class T>
struct LAMBDA_JSON Box {
  T value;
};

template <>
struct LAMBDA_JSON Box<bool> {
  bool flag;
};

template <class T>
struct Bare {
  T value;
};

struct LAMBDA_JSON Uses {
  Keyed<int> by_number;
  Box<long double> precise;
  Bare<int> bare;
};

template <class T>
struct LAMBDA_JSON Wide {
  static_assert(sizeof(T) > 1, "Wide needs a type wider than a byte");
  T value;
};

template <class T>
struct LAMBDA_JSON Declared;

struct LAMBDA_JSON Plain {
  int x;
};

using PlainAlias LAMBDA_JSON = Plain;
using BareAlias LAMBDA_JSON = Bare<int>;
using PointerBox LAMBDA_JSON = Box<int*>;
using NarrowWide LAMBDA_JSON = Wide<signed char>;
using NeverDefined LAMBDA_JSON = Declared<int>;

}  // namespace golden
