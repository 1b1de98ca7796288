package aligncheck.check;

import java.util.List;

/**
 * One kind of check over an aligned document. Implementations are stateless and thread-safe; each lives in its
 * own class and is registered in {@link Checks}.
 */
public interface Check {
    /** The stable ids of the findings this check produces (usually one). */
    List<String> ids();

    /** The findings for the whole document, in document order. */
    List<Finding> run(CheckContext context);
}
