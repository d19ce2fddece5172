using System.Reflection;
using System.Text.Json;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Storage.LiteDb;

namespace AimsBot.Tests.Core.Storage;

public sealed class RiskDocumentsTests : IDisposable
{
    private static readonly DateTime Noon = new(2026, 11, 2, 12, 0, 0, DateTimeKind.Utc);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("aimsbot-risks-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A risk with every property of the register (and its treatment and decision) set to something other than its default.</summary>
    private static Risk Full(int number) => new()
    {
        Id = RiskIds.Format(number),
        Number = number,
        Title = "Refund answers drift",
        SystemId = "AI-0007",
        ImpactAssessmentId = "IA-0003",
        ImpactHarm = "Fairness",
        Source = RiskSource.Privacy,
        Scenario = " Cause, event,\nconsequence ",
        ConsequenceOrganisation = "Fines",
        ConsequenceIndividuals = "Misled",
        ConsequenceSociety = "none",
        Likelihood = 4,
        Impact = 5,
        Level = "Critical",
        LevelRank = 4,
        ExistingControls = ["A.6.2.4", "27001:A.8.29"],
        OwnerKey = "teams:t:owner",
        OwnerName = "Olga Owner",
        Status = RiskStatus.Accepted,
        Treatment = new RiskTreatment
        {
            Option = TreatmentOption.Share,
            Controls = ["A.9.2"],
            Plan = "Insure",
            OwnerKey = "teams:t:treater",
            OwnerName = "Tess Treater",
            DueDate = Noon.AddDays(30),
            ResidualLikelihood = 2,
            ResidualImpact = 3,
            ResidualLevel = "Medium",
            ResidualRank = 2,
            Progress = "Half done",
            CompletedAt = Noon.AddDays(20),
            PlannedAt = Noon.AddDays(-1),
        },
        Acceptance = new RiskDecision
        {
            Level = "Medium",
            Authority = AcceptanceAuthority.Committee,
            DecidedByKey = "teams:t:chair",
            DecidedByName = "Chair",
            DecidedAt = Noon.AddDays(21),
            Note = "Within appetite",
        },
        MethodVersion = "m-2",
        NextReview = Noon.AddMonths(6),
        RaisedByKey = "teams:t:raiser",
        RaisedByName = "Raiser",
        RaisedAt = Noon.AddDays(-3),
        UpdatedAt = Noon.AddDays(21),
        SourceCardId = "card-9",
    };

    [Fact]
    public void Reads_A_Document_As_The_Mapper_Does_With_Every_Property_Set()
    {
        // Arrange
        var risk = Full(42);
        var unset = Unset(risk).Concat(Unset(risk.Treatment!)).Concat(Unset(risk.Acceptance!)).ToList();
        var mapper = AimsDatabase.CreateMapper();
        var document = mapper.ToDocument(risk);

        // Act
        var read = RiskDocuments.Read(document);

        // Assert: the sample covers every property (a new one must be added here, and then read), and reads as the mapper reads.
        Assert.Empty(unset);
        Assert.Equal(JsonSerializer.Serialize(mapper.ToObject<Risk>(document)), JsonSerializer.Serialize(read));
        Assert.Equal(JsonSerializer.Serialize(risk), JsonSerializer.Serialize(read));
    }

    [Fact]
    public void Reads_A_Sparse_Document_With_The_Defaults_The_Mapper_Leaves()
    {
        // Arrange
        var mapper = AimsDatabase.CreateMapper();
        var document = mapper.ToDocument(new Risk { Id = "R-0001", Number = 1 });

        // Act
        var read = RiskDocuments.Read(document);

        // Assert
        Assert.Equal(JsonSerializer.Serialize(mapper.ToObject<Risk>(document)), JsonSerializer.Serialize(read));
        Assert.Null(read.Treatment);
        Assert.Equal(RiskStatus.Open, read.Status);
    }

    [Fact]
    public void All_Reads_Every_Risk_In_Number_Order_Across_Pages()
    {
        // Arrange: more than two pages, with numbers missing here and there.
        using var database = new AimsDatabase(Path.Combine(_folder.FullName, "risks.db"), [new CoreStoreSchema(), new RiskStoreSchema()]);
        var numbers = Enumerable.Range(1, (LiteDbRiskStore.AllPage * 2) + 60).Where(n => n % 97 != 0).ToList();
        database.Collection<Risk>(RiskCollections.Risks).InsertBulk(numbers.OrderByDescending(n => n).Select(Full));
        var store = new LiteDbRiskStore(database);

        // Act
        var all = store.All().ToList();

        // Assert
        Assert.Equal(numbers, all.Select(r => r.Number));
        Assert.All(all, r => Assert.Equal(JsonSerializer.Serialize(Full(r.Number)), JsonSerializer.Serialize(r)));
    }

    private static IEnumerable<string> Unset(object value) => value.GetType()
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .Where(p => p.GetValue(value) is var v && (v is null || v.Equals(p.PropertyType.IsValueType ? Activator.CreateInstance(p.PropertyType) : null) || v is "" || v is System.Collections.ICollection { Count: 0 }))
        .Select(p => value.GetType().Name + "." + p.Name);
}
