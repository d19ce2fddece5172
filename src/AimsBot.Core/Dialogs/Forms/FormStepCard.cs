using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>
/// Renders one step of a form as its card: the card id that ties a submission to this instance, revision
/// and person; the progress ("Step 2 of 5"); the inputs' values (the draft's, or the person's own after an
/// error) with any errors in place; and the step's extra data.
/// </summary>
internal static class FormStepCard
{
    /// <param name="step">The step shown.</param>
    /// <param name="view">The draft, instance, person and conversation the card is for.</param>
    /// <param name="position">The step's 1-based position among the steps that apply.</param>
    /// <param name="count">How many steps apply to this draft.</param>
    /// <param name="noun">What the form is called in the card's text ("risk R-0001").</param>
    /// <param name="values">The person's submitted values to show again, or null for the draft's.</param>
    /// <param name="errors">Errors by input id, or null.</param>
    public static Reply Render<TDraft>(
        FormStep<TDraft> step,
        FormView<TDraft> view,
        int position,
        int count,
        string noun,
        IReadOnlyDictionary<string, string>? values,
        IReadOnlyDictionary<string, string>? errors)
    {
        var shown = values ?? step.Show(view.Draft);
        var valueObject = new JsonObject();
        foreach (var field in step.Fields)
        {
            valueObject[field] = shown.TryGetValue(field, out var value) ? value : "";
        }

        var errorObject = new JsonObject();
        foreach (var (field, message) in errors ?? new Dictionary<string, string>())
        {
            errorObject[field] = message;
        }

        var data = new JsonObject
        {
            ["cardId"] = FormCardId.For(view.Instance, view.Actor.Key).ToString(),
            ["step"] = position,
            ["steps"] = count,
            ["progress"] = string.Create(CultureInfo.InvariantCulture, $"Step {position} of {count}"),
            ["canGoBack"] = position > 1,
            ["isLast"] = position == count,
            ["values"] = valueObject,
            ["errors"] = errorObject,
            ["hasErrors"] = errorObject.Count > 0,
        };
        foreach (var (key, node) in step.Data?.Invoke(view) ?? [])
        {
            data[key] = node?.DeepClone();
        }

        return Reply.ShowCard(step.Template, data, $"{FormText.Capitalized(noun)}: step {position} of {count}");
    }
}
