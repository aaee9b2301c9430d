package io.custodian.domain.retention;

import java.util.Arrays;

/** The opaque content of an item being written; the domain never looks inside. Bounded in size. */
public record ItemContent(byte[] bytes) {

    public static final int MAX_BYTES = 4 * 1024 * 1024;

    public ItemContent {
        if (bytes == null) {
            throw new IllegalArgumentException("item content must not be null");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("item content larger than " + MAX_BYTES + " bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemContent content && Arrays.equals(bytes, content.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ItemContent[" + bytes.length + " bytes]";
    }
}
