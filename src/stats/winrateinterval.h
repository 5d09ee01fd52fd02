#pragma once
// A win rate with its 95 % Wilson score interval, for the headline and the charts. Wilson rather
// than the normal approximation because it stays inside 0..1 and honest at the sample sizes a
// player filters down to (10 games, 0 wins). Pure maths: counts in, fractions out.

namespace bcs {

struct WinRateInterval
{
    int wins = 0;
    int games = 0;
    double rate = 0; // wins / games as a fraction; 0 without games
    double low = 0;  // the interval's bounds as fractions, low <= rate <= high
    double high = 1; // without games the interval is everything: 0..1
    // Half the interval's width: what "54.2 % ± 3.1" prints (the interval is not symmetric
    // around the rate; the exact bounds go in the tooltip).
    double halfWidth() const { return (high - low) / 2; }
};

// 1.96: the two-sided 95 % normal quantile.
inline constexpr double kWilson95 = 1.959963984540054;

// `wins` of `games`; both clamped to 0 <= wins <= games.
WinRateInterval wilsonInterval(int wins, int games, double z = kWilson95);

} // namespace bcs
