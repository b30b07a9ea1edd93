/** Fault tests on a real broker: killed processes, a restarted broker and poison input. */
package dev.newsflow.local.fault;
