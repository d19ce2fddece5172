using System.ComponentModel;

namespace AimsBot.Core.Governance;

/// <summary>The organisation's role for an AI system (ISO/IEC 42001 clause 4).</summary>
public enum OrganisationRole
{
    [Description("Provider")] Provider = 1,
    [Description("Developer")] Developer = 2,
    [Description("Deployer / user")] Deployer = 3,
    [Description("Importer / distributor")] ImporterDistributor = 4,
}

/// <summary>Where the AI system comes from.</summary>
public enum SystemSource
{
    [Description("Built in-house")] InHouse = 1,
    [Description("Fine-tuned model")] FineTuned = 2,
    [Description("SaaS product")] Saas = 3,
    [Description("AI feature embedded in a product")] EmbeddedFeature = 4,
    [Description("General-purpose model API")] ModelApi = 5,
}

/// <summary>
/// Where the system is in its life. Stored by name: <c>Testing</c> reads "in validation", and
/// <c>Restricted</c> is kept for records made before it was dropped from the choices.
/// </summary>
public enum LifecycleStage
{
    [Description("Proposed")] Proposed = 1,
    [Description("In development")] InDevelopment = 2,
    [Description("In validation")] Testing = 3,
    [Description("In production")] InProduction = 4,
    [Description("Restricted")] Restricted = 5,
    [Description("Under reassessment")] UnderReassessment = 6,
    [Description("Retired")] Retired = 7,
}

public enum ApprovalStatus
{
    [Description("Pending approval")] Pending = 1,
    [Description("Approved")] Approved = 2,
    [Description("Approved with conditions")] ApprovedWithConditions = 3,
    [Description("Rejected")] Rejected = 4,

    /// <summary>An approval request taken out of the committee's queue before a decision (its subject was superseded); never a system's status.</summary>
    [Description("Withdrawn")] Withdrawn = 5,
}

public enum Autonomy
{
    [Description("Fully automated")] FullyAutomated = 1,
    [Description("Human in the loop")] HumanInTheLoop = 2,
    [Description("Human on the loop")] HumanOnTheLoop = 3,
}

/// <summary>How data is used by the system (inventory "data categories").</summary>
public enum DataUse
{
    [Description("Training")] Training = 1,
    [Description("Grounding / retrieval")] Grounding = 2,
    [Description("Input")] Input = 3,
    [Description("Output")] Output = 4,
}

/// <summary>How far the supplier has been assessed (ISO/IEC 42001 A.10).</summary>
public enum SupplierAssessment
{
    [Description("Not started")] NotStarted = 1,
    [Description("In progress")] InProgress = 2,
    [Description("Passed")] Passed = 3,
    [Description("Passed with conditions")] PassedWithConditions = 4,
    [Description("Failed")] Failed = 5,
    [Description("Not applicable")] NotApplicable = 6,
}

/// <summary>Who uses the system.</summary>
public enum Audience
{
    [Description("Internal")] Internal = 1,
    [Description("Customer-facing")] CustomerFacing = 2,
}
