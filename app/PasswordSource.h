#pragma once

#include <QCoreApplication>
#include <QString>

namespace isms::app {

// Where a command's password comes from: the ISMS_DESK_PASSWORD environment variable (for
// scripts), else a prompt on the terminal with echo off. Never from the command line, where
// other users of the machine could read it.
class PasswordSource {
    Q_DECLARE_TR_FUNCTIONS(PasswordSource)
public:
    static constexpr const char* kVariable = "ISMS_DESK_PASSWORD";

    // Empty when there is no variable and no terminal to ask on.
    static QString read(const QString& user);
    // Asks on the terminal with echo off; empty when there is no terminal.
    static QString ask(const QString& prompt);
};

}  // namespace isms::app
