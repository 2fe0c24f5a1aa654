#pragma once

#include <QUndoCommand>
#include <functional>

namespace isms::ui {

// One generic undoable edit: what doing it and undoing it call. The editor runs the first "do"
// itself, so that a refused edit never reaches the stack; the stack's first redo() is skipped.
class EditCommand : public QUndoCommand {
public:
    using Step = std::function<void()>;
    using Failure = std::function<void(const QString& message)>;

    EditCommand(const QString& text, Step doIt, Step undoIt, Failure failure);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    Step m_do;
    Step m_undo;
    Failure m_failure;
    bool m_done = true;  // the editor did it already
};

}  // namespace isms::ui
