/**
 * The operator's command line: {@code io.custodian.server.cli.CustodianCli}, staff accounts and their passwords. It
 * reads the server's configuration, opens the same database (the embedded one in the data directory by default,
 * which only one process can use at a time), migrates it, and acts through the domain's identity use cases as the
 * system actor {@code cli}.
 */
package io.custodian.server.cli;
