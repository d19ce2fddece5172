using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AimsBot.LoadTest;

/// <summary>Slash commands signed exactly as Slack signs them.</summary>
internal static class SlashCommands
{
    public static (string Id, HttpContent Content) Signed(string secret, int n, string text)
    {
        var trigger = $"{n}.{Guid.NewGuid():N}";
        var body = string.Join('&',
            "command=%2Faims",
            "text=" + Uri.EscapeDataString(text),
            "team_id=TLOAD",
            "team_domain=load",
            "channel_id=" + Uri.EscapeDataString($"CLOAD{n % 100}"),
            "channel_name=load",
            "user_id=" + Uri.EscapeDataString($"ULOAD{n % 100}"),
            "user_name=load",
            "api_app_id=ALOAD",
            "response_url=" + Uri.EscapeDataString("http://127.0.0.1:5098/slack/response/" + trigger),
            "trigger_id=" + Uri.EscapeDataString(trigger));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        content.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        content.Headers.Add("X-Slack-Signature", signature);
        return (trigger, content);
    }
}
