using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Governance.Soa;
using AimsBot.Core.Storage;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Storage;

/// <summary>The governance stores' contract: every adapter behaves the same.</summary>
public abstract class GovernanceStoreContract(StorageProvider provider) : StoreContract(provider)
{
    private static readonly DateTime Noon = new(2026, 11, 2, 12, 0, 0, 123, DateTimeKind.Utc);

    [Fact]
    public void Systems_Get_Sequential_Ids_And_Are_Found_By_Card_Person_And_Similar_Name()
    {
        // Arrange
        var store = Get<IAiSystemStore>();
        store.Add(new AiSystem { Name = "Contract Review Assistant", RequesterKey = "teams:t:a", RegisteredAt = Noon, SourceCardId = "card-1" });
        var second = store.Add(new AiSystem { Name = "HR screening", BusinessOwnerKey = "teams:t:a", Stage = LifecycleStage.Retired });
        store.Add(new AiSystem { Name = "Support chatbot", RequesterKey = "teams:t:b" });

        // Act
        var similar = store.FindSimilar("contract-review assistent");
        var mine = store.List(0, 10, "teams:t:a", includeRetired: true);

        // Assert
        Assert.Equal("AI-0002", second.Id);
        Assert.Equal("AI-0001", store.FindBySourceCard("card-1")!.Id);
        Assert.Equal(Noon, store.Get("AI-0001")!.RegisteredAt);
        Assert.Equal(["AI-0001"], similar.Select(x => x.Id));
        Assert.Equal(["AI-0002", "AI-0001"], mine.Select(x => x.Id));
        Assert.Equal(1, store.Count("teams:t:a"));
        Assert.Equal(2, store.Count());
        Assert.Equal(["AI-0001", "AI-0002", "AI-0003"], store.All().Select(x => x.Id));
    }

    [Fact]
    public void A_Failed_Transaction_Leaves_No_Trace_And_Does_Not_Use_Up_A_Number()
    {
        // Arrange
        var store = Get<IAiSystemStore>();
        var audit = Get<IAuditLog>();
        var actor = new Actor(TranscriptHarness.Requester, IsAdmin: false, IsCommittee: false);

        // Act
        Assert.Throws<InvalidOperationException>(() => Get<IUnitOfWork>().InTransaction<int>(() =>
        {
            store.Add(new AiSystem { Name = "Rolled back" });
            audit.Record(actor, "register", "AI-0001", null, "x");
            throw new InvalidOperationException("dialog failed");
        }));
        var next = store.Add(new AiSystem { Name = "Kept" });

        // Assert
        Assert.Equal("AI-0001", next.Id);
        Assert.Empty(audit.ForEntity("AI-0001"));
    }

    [Fact]
    public void System_Headers_Follow_Every_Write_And_Forget_A_Rolled_Back_One()
    {
        // Arrange: headers read once (an engine that caches them has loaded them now).
        var store = Get<IAiSystemStore>();
        var first = store.Add(new AiSystem { Name = "Triage bot", RequesterKey = "teams:tenant-1:user-1" });
        Assert.Single(store.Headers());

        // Act
        var second = store.Add(new AiSystem { Name = "CV screening" });
        first.Stage = LifecycleStage.InProduction;
        first.AttestationDelegateKey = "teams:tenant-1:delegate-1";
        store.Update(first);
        Assert.Throws<InvalidOperationException>(() => Get<IUnitOfWork>().InTransaction<int>(() =>
        {
            second.Name = "Renamed, then rolled back";
            store.Update(second);
            store.Add(new AiSystem { Name = "Never kept" });
            throw new InvalidOperationException("dialog failed");
        }));
        var headers = store.Headers();

        // Assert
        Assert.Equal(["AI-0001", "AI-0002"], headers.Select(h => h.Id));
        Assert.Equal((LifecycleStage.InProduction, "teams:tenant-1:delegate-1"), (headers[0].Stage, headers[0].AttestationDelegateKey));
        Assert.Equal("CV screening", headers[1].Name);
    }

    [Fact]
    public void The_Audit_Log_Lists_An_Entity_Oldest_First_And_The_Latest_Newest_First()
    {
        // Arrange
        var audit = Get<IAuditLog>();
        var actor = new Actor(TranscriptHarness.Admin, IsAdmin: true, IsCommittee: false);
        audit.Record(actor, "one", "AI-0001", null, new { Name = "a" });
        audit.Record(actor, "two", "AI-0002", null, null);
        audit.Record(actor, "three", "AI-0001", new { Name = "a" }, new { Name = "b" });

        // Act
        var entity = audit.ForEntity("AI-0001");
        var latest = audit.Latest(2);

        // Assert
        Assert.Equal(["one", "three"], entity.Select(x => x.Action));
        Assert.Equal(["three", "two"], latest.Select(x => x.Action));
        Assert.Contains("\"b\"", entity[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public void Controls_And_Evidence_Are_Saved_And_Found()
    {
        // Arrange
        var controls = Get<IControlStore>();
        var evidence = Get<IEvidenceStore>();
        controls.SaveAll([new ControlRecord { Id = "A.2.2", OwnerKey = "teams:t:a" }, new ControlRecord { Id = "A.3.2", OwnerKey = "teams:t:b" }]);
        var item = new EvidenceItem { Title = "Policy", Location = "https://intranet/policy/ ", Iso42001 = ["A.2.2"], Iso27001 = ["5.1"], AddedAt = Noon };

        // Act
        evidence.Save(item);
        evidence.Save(new EvidenceItem { Title = "Other", Location = "https://intranet/other", Iso42001 = ["A.3.2"] });

        // Assert
        Assert.Equal(["A.2.2"], controls.OwnedBy("teams:t:a").Select(x => x.Id));
        Assert.Equal("teams:t:b", controls.All()["a.3.2"].OwnerKey);
        Assert.Equal("", controls.Get("A.9.9").OwnerKey);
        Assert.True(item.Id > 0);
        Assert.Equal(item.Id, evidence.FindByLocation("HTTPS://INTRANET/POLICY")!.Id);
        Assert.Equal(["Policy"], evidence.ForIso42001("A.2.2").Select(x => x.Title));
        Assert.Equal(["Policy"], evidence.ForIso27001("5.1").Select(x => x.Title));
        Assert.Equal(2, evidence.Count());
    }

    [Fact]
    public void An_Export_Is_Taken_Once_And_Expired_Ones_Go_When_The_Next_Is_Saved()
    {
        // Arrange
        var files = Get<IExportFileStore>();
        files.Save(new ExportFile { Id = "old", FileName = "old.xlsx", Length = 3, ExpiresAt = Noon.AddMinutes(-1) }, new MemoryStream([1, 2, 3]), Noon.AddMinutes(-2));
        files.Save(new ExportFile { Id = "new", FileName = "new.xlsx", Length = 2, ExpiresAt = Noon.AddHours(1) }, new MemoryStream([4, 5]), Noon);

        // Act
        var first = files.Take("new");
        var second = files.Take("new");

        // Assert
        Assert.Null(files.Find("old"));
        Assert.Equal([4, 5], first!.Content);
        Assert.Equal("new.xlsx", first.FileName);
        Assert.Null(second);
    }

    [Fact]
    public void Approvals_Risks_Attestations_And_Soa_Versions_Keep_Their_Orders()
    {
        // Arrange
        var approvals = Get<IApprovalStore>();
        approvals.Add(new ApprovalRequest { Id = "ap-2", SubjectKind = "system", SubjectId = "AI-0001", RequestedAt = Noon.AddHours(1) });
        approvals.Add(new ApprovalRequest { Id = "ap-1", SubjectKind = "system", SubjectId = "AI-0001", RequestedAt = Noon, Status = ApprovalStatus.Approved });
        var risks = Get<IRiskStore>();
        risks.Add(new Risk { Title = "Bias", SystemId = "AI-0001", MethodVersion = "m1", SourceCardId = "rc" });
        risks.Add(new Risk { Title = "Drift", SystemId = "AI-0002", MethodVersion = "m2" });
        var attestations = Get<IAttestationStore>();
        attestations.Add(new AttestationRecord { SystemId = "AI-0001", AnsweredAt = Noon, CardId = "att-1" });
        attestations.Add(new AttestationRecord { SystemId = "AI-0001", AnsweredAt = Noon.AddDays(1) });
        var versions = Get<ISoaVersionStore>();
        versions.Add(new SoaVersion { Id = 2, ApprovedAt = Noon });
        versions.Add(new SoaVersion { Id = 10, ApprovedAt = Noon });

        // Act
        var pending = approvals.FindPending("system", "AI-0001");
        var page = risks.Find(new RiskFilter { SystemId = "AI-0001" }, 0, 10);

        // Assert
        Assert.Equal("ap-2", pending!.Id);
        Assert.Equal(["ap-1", "ap-2"], approvals.ForSubject("system", "AI-0001").Select(x => x.Id));
        Assert.Equal(["R-0001"], page.Items.Select(x => x.Id));
        Assert.Equal("R-0001", risks.FindBySourceCard("rc")!.Id);
        Assert.True(risks.AnyAssessedWith("m2"));
        Assert.Equal(new HashSet<string> { "AI-0001", "AI-0002" }, risks.SystemsWithRisks());
        Assert.Equal([Noon.AddDays(1), Noon], attestations.ForSystem("AI-0001").Select(x => x.AnsweredAt));
        Assert.True(attestations.ExistsForCard("att-1"));
        Assert.Equal(10, versions.Latest()!.Id);
        Assert.Equal([2, 10], versions.All().Select(x => x.Id));
    }
}
