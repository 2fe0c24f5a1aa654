#include "PasswordSource.h"

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace isms::app {

QString PasswordSource::read(const QString& user) {
    if (qEnvironmentVariableIsSet(kVariable)) return qEnvironmentVariable(kVariable);
    return ask(tr("Password for %1: ").arg(user));
}

// Echo goes off before the prompt shows: whatever is typed once it shows stays hidden.
// POSIX (Linux, macOS): the terminal's ECHO flag. Windows: the console's echo input mode (not yet
// built or tried there).
QString PasswordSource::ask(const QString& prompt) {
#if defined(Q_OS_WIN)
    if (!_isatty(_fileno(stdin))) return {};
    const HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD old = 0;
    GetConsoleMode(console, &old);
    SetConsoleMode(console, old & ~DWORD(ENABLE_ECHO_INPUT));
#else
    if (!isatty(STDIN_FILENO)) return {};
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
#endif
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    std::string line;
    std::getline(std::cin, line);
#if defined(Q_OS_WIN)
    SetConsoleMode(console, old);
#else
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}

}  // namespace isms::app
