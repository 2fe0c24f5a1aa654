#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QList>

namespace isms::app {

// Document control from a script, step by step as on the Policies page and permission-checked
// the same: a new version, submitting it for review, the chair's approval, publication.
class DocumentControlCommands {
    Q_DECLARE_TR_FUNCTIONS(DocumentControlCommands)
public:
    static QList<Command> commands();

private:
    static int newVersion(CommandContext& c);
    static int submit(CommandContext& c);
    static int approve(CommandContext& c);
    static int publish(CommandContext& c);
};

}  // namespace isms::app
