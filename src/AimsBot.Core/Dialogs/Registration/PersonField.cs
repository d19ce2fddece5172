using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>
/// A person on a form card (business owner, technical owner): the platform's people picker where there is one
/// (Teams people picker, Slack <c>users_select</c>), a typed name or mention where there is not (the Agents
/// Playground). The card holds both inputs under one id and shows one of them (<c>{id}Picker</c>).
/// </summary>
public sealed class PersonField(PeopleDirectory people)
{
    public const int MaxLength = 120;

    /// <summary>Reads the field; an unchanged value in an edit keeps the stored person as they are.</summary>
    /// <param name="emptyMeansMe">Whether an empty field means the person filling in the form (else: nobody).</param>
    public PersonValue Read(FormStepInput input, string id, string label, PersonValue current, bool editing, bool emptyMeansMe)
    {
        var raw = input.Reader.Text(id, label, MaxLength, required: false);
        if (editing && (raw == current.Input || (raw.Length > 0 && raw == Pick(current))))
        {
            return current;
        }

        if (raw.Length == 0 && !emptyMeansMe)
        {
            return PersonValue.None;
        }

        var person = people.Resolve(raw, input.Actor.User);
        var name = person.Name.Length > 0 ? person.Name : "a person picked in Teams";
        return PeopleDirectory.IsPickerId(raw) ? new PersonValue(name, person.Key, name, raw) : new PersonValue(raw, person.Key, name, "");
    }

    /// <summary>
    /// The card data for the field: whether the picker is shown, its value and the one choice that names the current
    /// person. An edit of a person the picker cannot name (a typed name nobody has matched yet) keeps the text input,
    /// so an untouched field never silently becomes somebody else.
    /// </summary>
    public JsonObject Data(string id, PersonValue current, bool editing, ConversationRef conversation)
    {
        var pick = Pick(current);
        var picker = PeopleDirectory.PickerAvailable(conversation) && !(editing && current.Name.Length > 0 && pick.Length == 0);
        var choices = new JsonArray();
        if (pick.Length > 0)
        {
            choices.Add(new JsonObject { ["title"] = current.Name.Length > 0 ? current.Name : pick, ["value"] = pick });
        }

        return new JsonObject
        {
            [id + "Picker"] = picker,
            [id + "Pick"] = pick,
            [id + "Choices"] = choices,
        };
    }

    private string Pick(PersonValue current) => current.Pick.Length > 0 ? current.Pick : people.PickerId(current.Key);
}
