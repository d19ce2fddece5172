using System.Text.RegularExpressions;

namespace AimsBot.Core.Conversations;

/// <summary>What a Slack user id looks like (<c>U0123ABCD</c>, or <c>W…</c> on Enterprise Grid), as a user picker sends it.</summary>
public static partial class SlackUserIds
{
    public static bool IsUserId(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^[UW][A-Z0-9]{2,20}$")]
    private static partial Regex Pattern();
}
