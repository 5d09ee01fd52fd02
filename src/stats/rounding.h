#pragma once
// Rounds as the seed's Python server does (`round(x, n)`): to the nearest n-decimal value of the
// double's exact binary value, halves to even. std::round(x * 10) / 10 differs on ties and where
// x * 10 itself rounds (0.25 -> 0.2 in Python, 0.3 that way).

namespace bcs {

double roundToDecimals(double value, int decimals);

} // namespace bcs
