using System.Diagnostics.CodeAnalysis;

namespace AimsBot.Core.Scheduling;

/// <summary>Finds a time zone by IANA or Windows id (platforms send either), never throwing.</summary>
public static class TimeZones
{
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
