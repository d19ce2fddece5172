namespace AimsBot.Core.Dialogs.Digest;

/// <summary>One part of a digest: a heading and markdown lines (user text escaped).</summary>
public sealed record DigestSection(string Title, IReadOnlyList<string> Lines);
