#pragma once

#include "domain/Error.h"

#include <gtest/gtest.h>

#include <functional>

namespace isms::test {

// Runs an action that must be refused and returns how (Error's kind), with its message if asked;
// an action that goes through fails the test.
inline core::Error::Kind errorOf(const std::function<void()>& action, QString* message = nullptr) {
    try {
        action();
    } catch (const core::Error& e) {
        if (message) *message = e.message();
        return e.kind();
    }
    ADD_FAILURE() << "the action was not refused";
    return core::Error::Kind::Invalid;
}

}  // namespace isms::test
