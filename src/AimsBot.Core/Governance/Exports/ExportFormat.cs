using System.Collections.Frozen;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace AimsBot.Core.Governance.Exports;

/// <summary>How values read in exports: ISO dates, UTC times, enum descriptions.</summary>
public static class ExportFormat
{
    public static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Time(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The enum value's <see cref="DescriptionAttribute"/> (or its name), read once per value: exports call it for every row.</summary>
    public static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Labels<TEnum>.All.TryGetValue(value, out var label) ? label : value.ToString();

    public static string Join(IEnumerable<string> values) => string.Join("; ", values);

    private static class Labels<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> All = Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(
            v => v,
            v => typeof(TEnum).GetField(v.ToString())?.GetCustomAttribute<DescriptionAttribute>()?.Description ?? v.ToString());
    }
}
