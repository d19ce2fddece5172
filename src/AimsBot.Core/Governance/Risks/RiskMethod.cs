using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// The validated risk method in force: scales, the level matrix, acceptance criteria and review periods.
/// <see cref="Stamp"/> names this exact method (the configured version and a hash of the content), and
/// is stamped on every assessment, so a changed configuration shows in the records.
/// </summary>
public sealed class RiskMethod
{
    private readonly RiskLevelDefinition[][] _matrix;

    public RiskMethod(IOptions<RiskOptions> options)
    {
        var value = options.Value;
        Likelihood = [.. value.Likelihood];
        Impact = [.. value.Impact];
        Levels = [.. value.Levels];
        var byName = Levels.ToDictionary(l => l.Name.Trim(), StringComparer.OrdinalIgnoreCase);
        _matrix = [.. RiskOptionsValidator.ParseMatrix(value).Select(row => row.Select(name => byName[name]).ToArray())];
        var content = JsonSerializer.Serialize(new { Likelihood, Impact, Levels, Matrix = value.Matrix.Select(r => string.Join(",", r.Split(',', StringSplitOptions.TrimEntries))) });
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..8];
        Stamp = $"{value.Version.Trim()} ({Hash})";
    }

    /// <summary>Likelihood levels; level n is <c>Likelihood[n - 1]</c>.</summary>
    public IReadOnlyList<RiskScaleLevel> Likelihood { get; }

    /// <summary>Impact levels; level n is <c>Impact[n - 1]</c>.</summary>
    public IReadOnlyList<RiskScaleLevel> Impact { get; }

    /// <summary>Risk levels, lowest first.</summary>
    public IReadOnlyList<RiskLevelDefinition> Levels { get; }

    /// <summary>The first 8 hex digits of the SHA-256 of the method's content.</summary>
    public string Hash { get; }

    /// <summary>"1 (3fa2c9d1)": the configured version and the content hash, stamped on each assessment.</summary>
    public string Stamp { get; }

    public bool IsLikelihood(int value) => value >= 1 && value <= Likelihood.Count;

    public bool IsImpact(int value) => value >= 1 && value <= Impact.Count;

    /// <summary>The level of a likelihood and an impact (both 1-based, inside the scales).</summary>
    public RiskLevelDefinition LevelOf(int likelihood, int impact)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(likelihood, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(likelihood, Likelihood.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(impact, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(impact, Impact.Count);
        return _matrix[likelihood - 1][impact - 1];
    }

    /// <summary>1 for the lowest level upwards; 0 for a name the method does not know (a level of an older method).</summary>
    public int RankOf(string level)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i].Name.Trim(), level.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public RiskLevelDefinition? FindLevel(string name) => RankOf(name) is > 0 and var rank ? Levels[rank - 1] : null;

    /// <summary>The lowest rank the risk owner may not accept alone ("high" risks are at or above it).</summary>
    public int FirstRankAboveOwner
    {
        get
        {
            for (var i = 0; i < Levels.Count; i++)
            {
                if (Levels[i].Acceptance != AcceptanceAuthority.Owner)
                {
                    return i + 1;
                }
            }

            return Levels.Count;
        }
    }

    /// <summary>When a risk assessed or reviewed at <paramref name="from"/> at this level is next due for review.</summary>
    public static DateTime NextReview(RiskLevelDefinition level, DateTime from) => from.AddMonths(level.ReviewMonths);

    /// <summary>"Likely (4)".</summary>
    public string LikelihoodLabel(int value) => IsLikelihood(value) ? $"{Likelihood[value - 1].Name} ({value})" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Major (4)".</summary>
    public string ImpactLabel(int value) => IsImpact(value) ? $"{Impact[value - 1].Name} ({value})" : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
