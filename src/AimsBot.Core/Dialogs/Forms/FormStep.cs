using System.Text.Json.Nodes;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>
/// One card of a form: its template, the inputs it holds, how to read them into the draft (with
/// validation), what to show in them, and when the step does not apply.
/// </summary>
/// <typeparam name="TDraft">The form's typed draft.</typeparam>
/// <param name="Template">The card template id in <c>cards/</c>.</param>
/// <param name="Fields">The input ids on the card, in order.</param>
/// <param name="Read">Validates the submitted inputs and writes them into the draft; errors go to the reader.</param>
/// <param name="Show">The draft's current values of this step's inputs, as the card shows them.</param>
public sealed record FormStep<TDraft>(
    string Template,
    IReadOnlyList<string> Fields,
    Action<FormStepInput, TDraft> Read,
    Func<TDraft, IReadOnlyDictionary<string, string>> Show)
{
    /// <summary>The step is skipped (forward and back) when this says so for the draft.</summary>
    public Func<TDraft, bool>? Skip { get; init; }

    /// <summary>Extra card data for this step (choices, hints), merged into the bound data.</summary>
    public Func<FormView<TDraft>, JsonObject>? Data { get; init; }
}
