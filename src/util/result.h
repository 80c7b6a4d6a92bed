// Result<T>: a value or an error message. The error model of every layer
// below the commands; commands turn errors into diagnostics and exit codes.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace practrack {

struct Error {
  std::string message;
};

// Result<Ok> for operations with nothing to return.
struct Ok {};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}        // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const std::string& error() const { return std::get<1>(v_).message; }

 private:
  std::variant<T, Error> v_;
};

}  // namespace practrack
