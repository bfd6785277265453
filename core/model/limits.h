#pragma once

// What Paliers accepts, in one place: the storage refuses more, and the
// readers of files from elsewhere (exports, answers files) check the same.
namespace Paliers::Limits {

// Longest comment or evidence text accepted, in characters.
inline constexpr int MaxTextLength = 20000;
// Longest name, title or other one-line field accepted.
inline constexpr int MaxFieldLength = 500;
// France has about 60,000 schools; one database holds them all, and a
// margin. More is refused: the overview was measured up to 60,000.
inline constexpr int MaxEstablishments = 100000;
// Paliers (or jalons stages) of a grid: one digit each.
inline constexpr int MaxLevels = 9;

} // namespace Paliers::Limits
