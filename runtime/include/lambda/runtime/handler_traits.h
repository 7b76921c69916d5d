#pragma once
// Deduces a handler's Request and Response types from its signature.

#include <lambda/context.h>
#include <lambda/response_stream.h>

#include <cstddef>
#include <tuple>
#include <type_traits>

namespace lambda::detail {

template <class... Args>
struct handler_args {
  static constexpr std::size_t arity = sizeof...(Args);
  using tuple = std::tuple<Args...>;
};

template <class F>
struct handler_signature : handler_signature<decltype(&F::operator())> {};

template <class R, class... A>
struct handler_signature<R (*)(A...)> : handler_args<A...> {
  using result = R;
};
template <class R, class... A>
struct handler_signature<R (*)(A...) noexcept> : handler_args<A...> {
  using result = R;
};
template <class R, class... A>
struct handler_signature<R(A...)> : handler_args<A...> {
  using result = R;
};
template <class R, class... A>
struct handler_signature<R(A...) noexcept> : handler_args<A...> {
  using result = R;
};
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...)> : handler_args<A...> {
  using result = R;
};
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...) const> : handler_args<A...> {
  using result = R;
};
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...) noexcept> : handler_args<A...> {
  using result = R;
};
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...) const noexcept> : handler_args<A...> {
  using result = R;
};

/// The type of parameter I, or void when there are fewer parameters.
template <class Signature, std::size_t I, bool = (I < Signature::arity)>
struct handler_arg {
  using type = void;
};
template <class Signature, std::size_t I>
struct handler_arg<Signature, I, true> {
  using type = std::remove_cvref_t<std::tuple_element_t<I, typename Signature::tuple>>;
};

/// The traits of a handler `Response f(const Request&, const lambda::Context&)` (the context may be
/// left out), or of a streaming handler `void f(const Request&, lambda::response_stream&, const
/// lambda::Context&)`.
template <class Handler>
struct handler_traits {
  using signature = handler_signature<std::decay_t<Handler>>;
  static constexpr bool streams = std::is_same_v<typename handler_arg<signature, 1>::type, response_stream>;
  static_assert(signature::arity == 1 || signature::arity == 2 || (signature::arity == 3 && streams),
                "a Lambda handler takes (const Request&) or (const Request&, const lambda::Context&); a "
                "streaming one (const Request&, lambda::response_stream&) or (const Request&, "
                "lambda::response_stream&, const lambda::Context&)");
  using request = typename handler_arg<signature, 0>::type;
  using response = typename signature::result;
  static constexpr bool takes_context = signature::arity == (streams ? 3 : 2);
};

}  // namespace lambda::detail
