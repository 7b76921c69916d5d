#pragma once
// Members the generator cannot serialize: each is an error at its own line and column.
#include <lambda/json/annotate.h>

#include <chrono>
#include <list>
#include <map>
#include <string>

namespace golden {

struct NotAnnotated {
  int x = 0;
};

struct LAMBDA_JSON Order {
  std::string id;
  long double total;
  char grade;
  int* owner;
  std::list<int> history;
  std::map<int, std::string> by_number;
  NotAnnotated extra;
  std::chrono::sys_time<std::chrono::duration<double>> fractional_time;
  std::chrono::sys_time<std::chrono::duration<long long, std::ratio<1, 3>>> third_seconds;
};

}  // namespace golden
