package org.roadmap.platform.aggregate;

import java.util.Arrays;

/**
 * A kind of change an aggregate records, one enum per aggregate, so that turning its changes into
 * integration events is a {@code switch} the compiler checks for every kind. The code is what
 * history stores and clients read: it is never renamed.
 */
public interface ChangeKind {

    String code();

    /**
     * The kind of {@code kinds} with this code.
     *
     * @throws IllegalStateException when none has it: history holds a kind this version does not know
     */
    static <K extends Enum<K> & ChangeKind> K of(Class<K> kinds, String code) {
        return Arrays.stream(kinds.getEnumConstants()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kinds.getSimpleName() + " has the code " + code));
    }
}
