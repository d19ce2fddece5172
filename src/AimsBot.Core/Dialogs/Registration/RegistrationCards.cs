using System.Globalization;
using System.Text.Json.Nodes;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>The data the <c>register-step{n}</c> templates bind: values kept, errors shown under their fields.</summary>
public static class RegistrationCards
{
    public static JsonObject Step(int step, string cardId, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? errors)
    {
        var valueObject = new JsonObject();
        foreach (var field in RegistrationForm.Fields[step - 1])
        {
            valueObject[field] = values.TryGetValue(field, out var value) ? value : "";
        }

        if (step == 2 && valueObject["personalData"]?.GetValue<string>() is not ("true" or "false"))
        {
            valueObject["personalData"] = "false";
        }

        var errorObject = new JsonObject();
        foreach (var (field, message) in errors ?? new Dictionary<string, string>())
        {
            errorObject[field] = message;
        }

        return new JsonObject
        {
            ["cardId"] = cardId,
            ["step"] = step,
            ["steps"] = RegistrationForm.Steps,
            ["progress"] = string.Create(CultureInfo.InvariantCulture, $"Step {step} of {RegistrationForm.Steps}"),
            ["values"] = valueObject,
            ["errors"] = errorObject,
            ["hasErrors"] = errorObject.Count > 0,
        };
    }
}
