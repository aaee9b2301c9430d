package io.custodian.web.connect.jwt;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.custodian.web.connect.jwt.PublishedVectors.Vector;
import io.custodian.web.connect.testing.SimpleQsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryStringHashTest {

    static List<Vector> vectors() {
        return PublishedVectors.all();
    }

    @Test
    void the_file_holds_all_78_published_tokens_for_39_distinct_requests() {
        assertThat(vectors()).hasSize(78);
        assertThat(vectors().stream().map(Vector::canonicalUrl).distinct()).hasSize(39);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void canonical_request_of_every_published_vector_is_reproduced_from_the_raw_url(Vector vector) {
        assertThat(QueryStringHash.canonicalRequest("GET", vector.rawPath(), vector.rawQuery(), ""))
                .isEqualTo(vector.canonicalUrl());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void qsh_of_every_published_vector_equals_the_qsh_claim_of_its_token(Vector vector) {
        assertThat(QueryStringHash.of("get", vector.rawPath(), vector.rawQuery())).isEqualTo(vector.tokenQsh());
        assertThat(QueryStringHash.hash(vector.canonicalUrl())).isEqualTo(vector.tokenQsh());
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET  | https://app.example.com/                                  | https://app.example.com       | GET&/&                                            | c88caad15a1c1a900b8ac08aa9686f4e8184539bea1deda36e2f649430df3239
            POST | https://app.example.com/installed                         | https://app.example.com       | POST&/installed&                                  | 4a2e1de8ca74e6cafe8862d332fa3ac7a8e51e692bc6d798ea4dfedc14948bf4
            POST | https://app.example.com/uninstalled                       | https://app.example.com       | POST&/uninstalled&                                | 8a8d06f040b246544d605b08aeb419e30b5cf0e200f512888486585ecce6a52e
            GET  | https://app.example.com/addon/hello/?x=1                  | https://app.example.com/addon | GET&/hello&x=1                                    | 38417dce019a88767a3ea85ff8868b6378c31593c2e8cec853cfafc2912a2b36
            GET  | https://app.example.com/addon                             | https://app.example.com/addon | GET&/&                                            | c88caad15a1c1a900b8ac08aa9686f4e8184539bea1deda36e2f649430df3239
            GET  | https://app.example.com/a&b/c?z=1&a=2                     | https://app.example.com       | GET&/a%26b/c&a=2&z=1                              | d724aa973b56f00b1764501fdc55e2c01c528833832bec62e1c683d1e04cb961
            GET  | https://app.example.com/p?ids=%3A1&ids=.1                 | https://app.example.com       | GET&/p&ids=.1,%3A1                                | 5506538f554fe34fa26efc38173c78efff87ed6c48ed4350dfd04a8068b8c319
            GET  | https://app.example.com/p?b=2&A=1&a=3&jwt=xyz             | https://app.example.com       | GET&/p&A=1&a=3&b=2                                | fef008c98ce5a4e5281abc3d9e5b9b9449d45046788e06a2813cc4568c41ea71
            GET  | https://site.atlassian.net/wiki/rest/api/content?limit=10&expand=body.storage | https://site.atlassian.net/wiki | GET&/rest/api/content&expand=body.storage&limit=10 | d102ed73cf41baf3485cb60e77ad9803af4e95382807cf9addf2f6f2a84bb502
            GET  | https://site.atlassian.net/rest/api/3/search?jql=project%20%3D%20ABC%20ORDER%20BY%20created&maxResults=50 | https://site.atlassian.net | GET&/rest/api/3/search&jql=project%20%3D%20ABC%20ORDER%20BY%20created&maxResults=50 | 09f9a6c0577c2584da9c466d26602faaa653ceec6415340f5c353f5742425db3
            PUT  | https://site.atlassian.net/rest/api/3/issue/ABC-1         | https://site.atlassian.net    | PUT&/rest/api/3/issue/ABC-1&                      | 7d428e33fa30e8498e0ddfa8edd44e4a56d9e9ba020fd15547e9cb08fb00e066
            """)
    void edge_case_vectors_with_base_paths_reproduce(String method, String url, String baseUrl, String canonical,
                                                     String qsh) {
        String pathAndQuery = url.substring(url.indexOf('/', "https://".length()));
        String basePath = baseUrl.substring(baseUrl.indexOf('/', "https://".length()) < 0
                ? baseUrl.length() : baseUrl.indexOf('/', "https://".length()));
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1);

        assertThat(QueryStringHash.canonicalRequest(method, path, query, basePath)).isEqualTo(canonical);
        assertThat(QueryStringHash.hash(canonical)).isEqualTo(qsh);
    }

    @Test
    void the_javadoc_example_with_repeated_unencoded_values_reproduces() {
        assertThat(QueryStringHash.canonicalRequest("GET", "/path/to/service",
                "zee_last=param&repeated=parameter+1&first=param&repeated=parameter+2", ""))
                .isEqualTo("GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param");
        assertThat(QueryStringHash.hash(
                "GET&/path/to/service&first=param&repeated=parameter%201,parameter%202&zee_last=param"))
                .isEqualTo("e52bb281606c3bd9ca16cfe96fe2df78f5d9ffa126f06befd750dfa10fa1a897");
        assertThat(QueryStringHash.hash("foo"))
                .isEqualTo("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    }

    @Test
    void repeated_values_are_sorted_by_their_decoded_form_not_their_encoded_form() {
        assertThat(QueryStringHash.canonicalRequest("GET", "/test", "ids=%3A2&ids=.2&ids=%3A1&ids=.1", ""))
                .isEqualTo("GET&/test&ids=.1,.2,%3A1,%3A2");
    }

    @Test
    void percent_encoding_keeps_only_unreserved_characters_and_uses_upper_case_hex() {
        assertThat(QueryStringHash.percentEncode("a-Z.0_~ *+,/:é")).isEqualTo("a-Z.0_~%20%2A%2B%2C%2F%3A%C3%A9");
    }

    @Test
    void the_path_is_taken_as_received_never_decoded() {
        assertThat(QueryStringHash.canonicalRequest("GET", "/files/a%2Fb%20c", "", ""))
                .isEqualTo("GET&/files/a%2Fb%20c&");
    }

    @Test
    void parameters_without_equals_sign_have_the_empty_value_and_empty_pairs_are_skipped() {
        assertThat(QueryStringHash.canonicalRequest("GET", "/t", "flag&&b=1&", "")).isEqualTo("GET&/t&b=1&flag=");
    }

    @Test
    void a_broken_percent_escape_or_invalid_utf8_in_the_query_is_refused() {
        assertThatThrownBy(() -> QueryStringHash.of("GET", "/t", "a=%4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryStringHash.of("GET", "/t", "a=%ZZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryStringHash.of("GET", "/t", "a=%C3%28"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GET  | /connect/v1/tenant       |
            GET  | /connect/v1/tenant       | lic=active&cp=jira
            POST | /lifecycle/installed     |
            GET  | /connect/v1/items/       | b=2&a=1&a1=3
            GET  | /connect/v1/x            | xdm_e=https&jwt=abc
            """)
    void the_canonicaliser_agrees_with_an_independent_tiny_qsh_on_simple_requests(String method, String path,
                                                                                  String query) {
        String q = query == null ? "" : query;
        assertThat(QueryStringHash.of(method, path, q)).isEqualTo(SimpleQsh.of(method, path, q));
    }
}
