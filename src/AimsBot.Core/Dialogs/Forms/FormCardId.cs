using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>
/// A form card's id: <c>{instance}.{revision}.{tag}</c>. The instance id is unguessable; the revision
/// ties the card to one shown step; the tag is derived from the person and the instance, so a card
/// submitted by somebody else is recognised as theirs and refused with a clear message.
/// </summary>
public readonly record struct FormCardId(string InstanceId, int Revision, string Tag)
{
    public static FormCardId For(FormInstance instance, string userKey) =>
        new(instance.InstanceId, instance.Revision, MakeTag(instance.InstanceId, userKey));

    public static bool TryParse(string? value, out FormCardId id)
    {
        id = default;
        var parts = (value ?? "").Split('.');
        if (parts.Length != 3 || parts[0].Length != 32 || parts[2].Length != 8
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
        {
            return false;
        }

        id = new FormCardId(parts[0], revision, parts[2]);
        return true;
    }

    /// <summary>Whether this card was opened by <paramref name="userKey"/>.</summary>
    public bool BelongsTo(string userKey) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Tag), Encoding.ASCII.GetBytes(MakeTag(InstanceId, userKey)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{InstanceId}.{Revision}.{Tag}");

    private static string MakeTag(string instanceId, string userKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(instanceId + "|" + userKey)))[..8];
}
