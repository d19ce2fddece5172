using System.Runtime.InteropServices;

namespace AimsBot.Core.Governance;

/// <summary>
/// The inventory's normalised names, indexed by their three-letter runs (trigrams), so the
/// near-duplicate check compares a new name with the few names that could be like it rather than
/// with every name (<see cref="SystemNames.AreSimilar"/> decides in the end).
/// </summary>
/// <remarks>
/// The filter is the q-gram lemma: two strings within <c>k</c> edits share at least
/// <c>max(|a|, |b|) - 3 + 1 - 3k</c> trigrams, counted with repeats, because one edit touches at most
/// three of them. Names too short for that bound to prune anything are compared by length instead.
/// Not thread-safe: the store calls it under its own lock.
/// </remarks>
public sealed class SystemNameIndex
{
    private const int Q = 3;

    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, int> _slotById = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<Posting>> _postings = [];
    private readonly Dictionary<int, List<int>> _byLength = [];
    private int[] _shared = [];

    public int Count => _slotById.Count;

    /// <summary>Adds a system's normalised name, or replaces the one it had.</summary>
    public void Set(string id, string normalizedName)
    {
        if (_slotById.TryGetValue(id, out var old))
        {
            if (_entries[old].Name == normalizedName)
            {
                return;
            }

            Remove(old);
        }

        var slot = _entries.Count;
        _entries.Add(new Entry(id, normalizedName));
        _slotById[id] = slot;
        ref var sameLength = ref CollectionsMarshal.GetValueRefOrAddDefault(_byLength, normalizedName.Length, out _);
        (sameLength ??= []).Add(slot);
        foreach (var (gram, count) in Trigrams(normalizedName))
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, gram, out _);
            (list ??= []).Add(new Posting(slot, count));
        }
    }

    /// <summary>The ids of names similar to <paramref name="normalizedName"/>, in ordinal id order.</summary>
    public IReadOnlyList<string> FindSimilar(string normalizedName, int take)
    {
        if (normalizedName.Length == 0 || take <= 0)
        {
            return [];
        }

        // No name more than `limit` edits away can be similar: AreSimilar's limit is computed from the
        // shorter name, so it is at most this one, and lengths can differ by no more than it.
        var limit = Math.Max(1, normalizedName.Length / 6);
        var needed = normalizedName.Length - Q + 1 - (Q * limit);
        var candidates = needed > 0 ? ByTrigrams(normalizedName, needed, limit) : ByLength(normalizedName.Length, limit);

        return [.. candidates
            .Select(slot => _entries[slot])
            .Where(entry => SystemNames.AreSimilar(entry.Name, normalizedName))
            .Select(entry => entry.Id)
            .Order(StringComparer.Ordinal)
            .Take(take)];
    }

    private List<int> ByTrigrams(string name, int needed, int limit)
    {
        if (_shared.Length < _entries.Count)
        {
            _shared = new int[Math.Max(_entries.Count, _shared.Length * 2)];
        }

        var touched = new List<int>();
        foreach (var (gram, count) in Trigrams(name))
        {
            if (!_postings.TryGetValue(gram, out var list))
            {
                continue;
            }

            foreach (var posting in list)
            {
                if (_shared[posting.Slot] == 0)
                {
                    touched.Add(posting.Slot);
                }

                _shared[posting.Slot] += Math.Min(count, posting.Count);
            }
        }

        var candidates = new List<int>();
        foreach (var slot in touched)
        {
            var entry = _entries[slot];
            if (_shared[slot] >= needed && !entry.Removed && Math.Abs(entry.Name.Length - name.Length) <= limit)
            {
                candidates.Add(slot);
            }

            _shared[slot] = 0;
        }

        return candidates;
    }

    private IEnumerable<int> ByLength(int length, int limit)
    {
        for (var l = Math.Max(0, length - limit); l <= length + limit; l++)
        {
            if (_byLength.TryGetValue(l, out var slots))
            {
                foreach (var slot in slots)
                {
                    if (!_entries[slot].Removed)
                    {
                        yield return slot;
                    }
                }
            }
        }
    }

    /// <summary>Forgets a slot: it stays in the postings, marked removed, until the index is rebuilt.</summary>
    private void Remove(int slot)
    {
        _entries[slot] = _entries[slot] with { Removed = true };
        _slotById.Remove(_entries[slot].Id);
    }

    /// <summary>Each distinct trigram of a name (three chars packed in a long) and how often it occurs.</summary>
    private static Dictionary<long, int> Trigrams(string name)
    {
        var grams = new Dictionary<long, int>(Math.Max(0, name.Length - Q + 1));
        for (var i = 0; i + Q <= name.Length; i++)
        {
            var gram = ((long)name[i] << 32) | ((long)name[i + 1] << 16) | name[i + 2];
            CollectionsMarshal.GetValueRefOrAddDefault(grams, gram, out _)++;
        }

        return grams;
    }

    private readonly record struct Entry(string Id, string Name, bool Removed = false);

    private readonly record struct Posting(int Slot, int Count);
}
