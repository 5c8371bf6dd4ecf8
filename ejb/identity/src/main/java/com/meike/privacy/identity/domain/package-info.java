/** The identity domain model, one package per aggregate. */
package com.meike.privacy.identity.domain;
