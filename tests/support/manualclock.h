#pragma once
// A Clock that moves only when the test says so, so limiter windows are tested without sleeping.

#include "core/clock.h"

#include <atomic>

namespace bcs::test {

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(); }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    std::atomic<qint64> m_now;
};

} // namespace bcs::test
