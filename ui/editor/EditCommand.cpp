#include "EditCommand.h"

#include "domain/Error.h"

namespace isms::ui {

EditCommand::EditCommand(const QString& text, Step doIt, Step undoIt, Failure failure)
    : m_do(std::move(doIt)), m_undo(std::move(undoIt)), m_failure(std::move(failure)) {
    setText(text);
}

void EditCommand::run(const Step& step) {
    try {
        step();
    } catch (const core::Error& e) {
        // Someone else changed the draft meanwhile: the editor is told, and puts itself right.
        m_failure(e.message());
    }
}

void EditCommand::redo() {
    if (m_done) {
        m_done = false;
        return;
    }
    run(m_do);
}

void EditCommand::undo() {
    run(m_undo);
}

}  // namespace isms::ui
