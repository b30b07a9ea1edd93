/** Fault tests on a real broker: killed services, a killed or stopped broker, and poison input. */
package dev.newsflow.local.fault;
