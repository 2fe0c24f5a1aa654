#include "PasswordSource.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace isms::app {

QString PasswordSource::read(const QString& user) {
    if (qEnvironmentVariableIsSet(kVariable)) return qEnvironmentVariable(kVariable);
    return ask(tr("Password for %1: ").arg(user));
}

QString PasswordSource::ask(const QString& prompt) {
    if (!isatty(STDIN_FILENO)) return {};
    // Echo goes off before the prompt shows: whatever is typed once it shows stays hidden.
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fprintf(stderr, "\n");
    return QString::fromStdString(line);
}

}  // namespace isms::app
