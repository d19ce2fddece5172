using System.Globalization;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Dialogs;

/// <summary>
/// Reads submitted card inputs with validation: required fields, lengths, allowed choices. Errors are
/// keyed by input id so a card can show them under the field and Slack beside it.
/// </summary>
public sealed class FormReader(IncomingTurn turn)
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public string Raw(string id) => (turn.Value(id) ?? "").Trim();

    /// <summary>A text input: trimmed, required or not, at most <paramref name="maxLength"/> characters.</summary>
    public string Text(string id, string label, int maxLength, bool required)
    {
        var value = Raw(id);
        if (required && value.Length == 0)
        {
            _errors[id] = $"{label} is required.";
        }
        else if (value.Length > maxLength)
        {
            _errors[id] = string.Create(CultureInfo.InvariantCulture, $"{label} can be at most {maxLength} characters (you wrote {value.Length}).");
        }

        return value;
    }

    /// <summary>A single choice: one of the enum's names.</summary>
    public TEnum? Choice<TEnum>(string id, string label, bool required)
        where TEnum : struct, Enum
    {
        var value = Raw(id);
        if (value.Length == 0)
        {
            if (required)
            {
                _errors[id] = $"Choose the {label.ToLowerInvariant()}.";
            }

            return null;
        }

        if (Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        _errors[id] = $"“{Markdown.Escape(Truncate(value))}” is not one of the choices for {label.ToLowerInvariant()}.";
        return null;
    }

    /// <summary>A multi-select choice set (comma-separated enum names).</summary>
    public List<TEnum> Choices<TEnum>(string id, string label)
        where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach (var part in Raw(id).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<TEnum>(part, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(part, out _))
            {
                if (!result.Contains(parsed))
                {
                    result.Add(parsed);
                }
            }
            else
            {
                _errors[id] = $"“{Markdown.Escape(Truncate(part))}” is not one of the choices for {label.ToLowerInvariant()}.";
            }
        }

        return result;
    }

    /// <summary>A toggle: "true" is on, anything else off.</summary>
    public bool Toggle(string id) => string.Equals(Raw(id), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds an error of the dialog's own rules (for example a field required by another).</summary>
    public void Fail(string id, string message) => _errors.TryAdd(id, message);

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;

    /// <summary>A yes/no choice (<c>yes</c>, <c>no</c>, or empty for not answered).</summary>
    public bool? YesNo(string id, string label)
    {
        var value = Raw(id).ToLowerInvariant();
        switch (value)
        {
            case "":
                return null;
            case "yes" or "true":
                return true;
            case "no" or "false":
                return false;
            default:
                _errors[id] = $"Answer yes or no for {label.ToLowerInvariant()}.";
                return null;
        }
    }

    /// <summary>A date <c>yyyy-MM-dd</c>, optional; <paramref name="notBefore"/> refuses earlier dates.</summary>
    public DateOnly? Date(string id, string label, DateOnly? notBefore = null)
    {
        var raw = Raw(id);
        if (raw.Length == 0)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _errors[id] = $"{label} must be a date like 2026-12-31.";
            return null;
        }

        if (notBefore is { } earliest && date < earliest)
        {
            _errors[id] = $"{label} can't be in the past.";
            return null;
        }

        return date;
    }

    /// <summary>A whole number in a range, optional.</summary>
    public int? Number(string id, string label, int min, int max)
    {
        var raw = Raw(id);
        if (raw.Length == 0)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        _errors[id] = string.Create(CultureInfo.InvariantCulture, $"{label} must be a whole number from {min} to {max}.");
        return null;
    }
}
