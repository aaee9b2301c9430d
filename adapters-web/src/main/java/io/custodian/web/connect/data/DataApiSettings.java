package io.custodian.web.connect.data;

import io.custodian.domain.appdata.ListItemsQuery;
import io.custodian.domain.retention.ItemContent;

/**
 * Limits of the app data API. A body over a limit is refused with 413 {@code payload_too_large} before anything is
 * parsed or stored; the web server's own request limit ({@code WebSettings.maxRequestBytes}) applies first, so set it
 * at least as high.
 *
 * @param maxConfigurationBytes largest configuration document ({@code PUT /configuration/{name}})
 * @param maxDocumentBytes      largest operation data body (license, relation, twin, field trace, issue version copy)
 * @param defaultPageSize       relations per page of {@code GET /relations} without {@code limit}
 * @param maxPageSize           largest {@code limit} accepted
 */
public record DataApiSettings(int maxConfigurationBytes, int maxDocumentBytes, int defaultPageSize, int maxPageSize) {

    public static final int DEFAULT_MAX_CONFIGURATION_BYTES = 256 * 1024;
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024;
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int DEFAULT_MAX_PAGE_SIZE = 200;

    public DataApiSettings {
        bytes("maxConfigurationBytes", maxConfigurationBytes);
        bytes("maxDocumentBytes", maxDocumentBytes);
        if (maxPageSize < 1 || maxPageSize > ListItemsQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("maxPageSize must be between 1 and " + ListItemsQuery.MAX_LIMIT
                    + ", was " + maxPageSize);
        }
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("defaultPageSize must be between 1 and maxPageSize (" + maxPageSize
                    + "), was " + defaultPageSize);
        }
    }

    /** 256 KiB per configuration document and per operation body, pages of 50 relations, at most 200. */
    public static DataApiSettings defaults() {
        return new DataApiSettings(DEFAULT_MAX_CONFIGURATION_BYTES, DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_PAGE_SIZE,
                DEFAULT_MAX_PAGE_SIZE);
    }

    private static void bytes(String setting, int value) {
        if (value < 1 || value > ItemContent.MAX_BYTES) {
            throw new IllegalArgumentException(setting + " must be between 1 and " + ItemContent.MAX_BYTES
                    + " bytes, was " + value);
        }
    }
}
