using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace AimsBot.Core.Governance.Exports;

/// <summary>How values read in exports: ISO dates, UTC times, enum descriptions.</summary>
public static class ExportFormat
{
    public static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Time(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";

    public static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return typeof(TEnum).GetField(name)?.GetCustomAttribute<DescriptionAttribute>()?.Description ?? name;
    }

    public static string Join(IEnumerable<string> values) => string.Join("; ", values);
}
