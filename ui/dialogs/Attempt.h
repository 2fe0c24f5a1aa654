#pragma once

#include "domain/Error.h"

#include <QString>

namespace isms::ui {

// Runs core work for a form: true if it went through, otherwise false with core's reason in
// *message, for the form to show while it stays open.
template <typename Work>
bool attempt(Work&& work, QString* message) {
    try {
        work();
        return true;
    } catch (const core::Error& e) {
        if (message) *message = e.message();
        return false;
    }
}

}  // namespace isms::ui
