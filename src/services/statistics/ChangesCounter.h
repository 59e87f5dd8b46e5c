#pragma once

#include "core/Enums.h"
#include "core/Statistics.h"

// statistics.md "changes": a membership event dated in the period that crosses the subtree's
// edge. The state before the event is the member's previous step; a move between two
// organizations of the subtree changes nothing, a move across the edge is a transfer out of
// one side and a transfer in to the other.
class ChangesCounter
{
public:
    explicit ChangesCounter(Statistics::Changes& changes);

    // One step: was the member on a roll inside before it, and are they after it?
    void add(EventKind kind, bool wasInside, bool isInside);

private:
    Statistics::Changes& m_changes;
};
