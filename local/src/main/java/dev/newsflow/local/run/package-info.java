/** The all-in-one local mode: embedded broker, the three services and a live view of results. */
package dev.newsflow.local.run;
