using System.Buffers;

namespace ArticleLens.Pledges;

/// <summary>
/// The cheap first pass: a sentence can carry a pledge only if it contains the longest word of some modal cue.
/// One vectorised multi-string search per sentence (case-insensitive) skips tokenizing and parsing the rest.
/// </summary>
internal static class CuePrefilter
{
    private static readonly SearchValues<string> Needles =
        SearchValues.Create([.. PledgeCues.Needles()], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="sentence"/> may hold a modal cue.</summary>
    public static bool MayHoldCue(ReadOnlySpan<char> sentence) => sentence.IndexOfAny(Needles) >= 0;
}
