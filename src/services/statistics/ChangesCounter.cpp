#include "ChangesCounter.h"

ChangesCounter::ChangesCounter(Statistics::Changes& changes)
    : m_changes(changes)
{
}

void ChangesCounter::add(EventKind kind, bool wasInside, bool isInside)
{
    Statistics::Changes& c = m_changes;
    if (!wasInside && isInside) {
        switch (kind) {
        case EventKind::Admitted:
            ++c.admitted;
            break;
        case EventKind::Restored:
            ++c.restored;
            break;
        default:
            // A transfer in, or a move from an organization outside the subtree.
            ++c.transferredIn;
            break;
        }
    } else if (wasInside && !isInside) {
        switch (kind) {
        case EventKind::Died:
            ++c.died;
            break;
        case EventKind::Expelled:
            ++c.expelled;
            break;
        case EventKind::Removed:
            ++c.removed;
            break;
        case EventKind::Withdrew:
            ++c.withdrew;
            break;
        case EventKind::Suspended:
            ++c.suspended;
            break;
        case EventKind::ProbationCancelled:
            ++c.probationCancelled;
            break;
        default:
            // A transfer out, or a move to an organization outside the subtree.
            ++c.transferredOut;
            break;
        }
    }
}
