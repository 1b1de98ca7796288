package aligncheck.check;

/** The kind of problem, after the W3C ITS 2.0 localization quality issue types (locQualityIssueType values). */
public enum IssueKind {
    TERMINOLOGY("terminology"),
    MISTRANSLATION("mistranslation"),
    OMISSION("omission"),
    INCONSISTENCY("inconsistency"),
    NUMBERS("numbers");

    private final String itsType;

    IssueKind(String itsType) {
        this.itsType = itsType;
    }

    /** The ITS 2.0 locQualityIssueType value. */
    public String itsType() {
        return itsType;
    }
}
