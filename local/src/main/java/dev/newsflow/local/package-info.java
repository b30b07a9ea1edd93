/** The {@code newsflow} command line. */
package dev.newsflow.local;
