package aligncheck.review;

/** An edit that does not apply to the snapshot it was given (a link that does not exist, a stale span …). */
public final class EditException extends RuntimeException {
    public EditException(String message) {
        super(message);
    }
}
