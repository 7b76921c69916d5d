#pragma once
// Deduces a handler's Request and Response types from its signature.

#include <lambda/context.h>

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
struct handler_signature<R (*)(A...)> : handler_args<A...> { using result = R; };
template <class R, class... A>
struct handler_signature<R (*)(A...) noexcept> : handler_args<A...> { using result = R; };
template <class R, class... A>
struct handler_signature<R(A...)> : handler_args<A...> { using result = R; };
template <class R, class... A>
struct handler_signature<R(A...) noexcept> : handler_args<A...> { using result = R; };
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...)> : handler_args<A...> { using result = R; };
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...) const> : handler_args<A...> { using result = R; };
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...) noexcept> : handler_args<A...> { using result = R; };
template <class C, class R, class... A>
struct handler_signature<R (C::*)(A...) const noexcept> : handler_args<A...> { using result = R; };

/// The traits of a handler `Response f(const Request&, const lambda::Context&)` (the context may be
/// left out).
template <class Handler>
struct handler_traits {
    using signature = handler_signature<std::decay_t<Handler>>;
    static_assert(signature::arity == 1 || signature::arity == 2,
                  "a Lambda handler takes (const Request&) or (const Request&, const lambda::Context&)");
    using request = std::remove_cvref_t<std::tuple_element_t<0, typename signature::tuple>>;
    using response = typename signature::result;
    static constexpr bool takes_context = signature::arity == 2;
};

} // namespace lambda::detail
