{{/*
Settings from the environment use Spring's canonical names (dots become _, dashes are dropped:
spring.kafka.bootstrap-servers is SPRING_KAFKA_BOOTSTRAPSERVERS); the ones a service's application.yml
reads through a placeholder (ROADMAP_KAFKA_PASSWORD, SMTP_HOST, ...) keep the placeholder's name.
*/}}

{{/* Where tokens' signing keys are fetched from: identity in the cluster (no detour through the public
host), an external provider's own JWK set URI when given, else the issuer's discovery document. */}}
{{- define "roadmap.jwkSetUriEnv" -}}
{{- $jwks := .Values.oidc.endpoints.jwkSetUri -}}
{{- if and (not $jwks) .Values.apps.identity.enabled -}}
{{- $jwks = printf "http://identity:%v/oauth2/jwks" .Values.apps.identity.port -}}
{{- end -}}
{{- with $jwks }}
- name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI
  value: {{ . | quote }}
{{- end }}
{{- end }}

{{/* Environment of commitments-, meetings- and notifications-service: Kafka, MongoDB, the issuer. */}}
{{- define "roadmap.serviceEnv" -}}
- name: SPRING_KAFKA_BOOTSTRAPSERVERS
  value: {{ include "roadmap.kafkaBootstrap" .root | quote }}
# signs in as the KafkaUser named after the service (platform-support's SCRAM-SHA-512 defaults)
- name: SPRING_KAFKA_SECURITY_PROTOCOL
  value: SASL_SSL
- name: SPRING_KAFKA_SSL_TRUSTSTORETYPE
  value: PEM
- name: SPRING_KAFKA_SSL_TRUSTSTORELOCATION
  value: file:/etc/roadmap/kafka-ca/ca.crt
# the password Strimzi's User Operator generated into the Secret named after the KafkaUser
- name: ROADMAP_KAFKA_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .name }}
      key: password
# not read by the service: KEDA's lag check signs in with this name (TriggerAuthentication)
- name: ROADMAP_KAFKA_USERNAME
  value: {{ .name }}
- name: ROADMAP_MONGO_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ required "mongodb.existingSecret is required" .root.Values.mongodb.existingSecret }}
      key: {{ .name }}
- name: SPRING_MONGODB_URI
  value: {{ include "roadmap.mongoUri" . | quote }}
# every token's iss must be this; its keys from roadmap.jwkSetUriEnv
- name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI
  value: {{ include "roadmap.issuerUri" .root | quote }}
{{- include "roadmap.jwkSetUriEnv" .root }}
# names the consumer groups this pod has of its own (listed commitments, live inbox streams): the same
# across its container's restarts; a replaced pod's group is emptied and its offsets expire with the
# broker's offsets.retention.minutes
- name: ROADMAP_{{ .app.database | upper }}_REPLICA
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
{{- if eq .name "notifications-service" }}
- name: SMTP_HOST
  value: {{ .app.smtp.host | quote }}
- name: SMTP_PORT
  value: {{ .app.smtp.port | quote }}
{{- with .app.smtp.existingSecret }}
- name: SPRING_MAIL_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: username
- name: SPRING_MAIL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ . }}
      key: password
{{- end }}
{{- end }}
{{- end }}

{{/* Environment of the gateway: the issuer (discovered, any OIDC provider) and where the services are. */}}
{{- define "roadmap.gatewayEnv" -}}
- name: SPRING_PROFILES_ACTIVE
  value: oidc
- name: ROADMAP_OIDC_ISSUER_URI
  value: {{ include "roadmap.issuerUri" .root | quote }}
- name: ROADMAP_GATEWAY_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ required "apps.gateway.clientSecret.existingSecret is required" .app.clientSecret.existingSecret }}
      key: {{ .app.clientSecret.key }}
{{- $apps := .root.Values.apps }}
# rate limits counted once for every replica, in the gateway's own database
- name: ROADMAP_MONGO_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ required "mongodb.existingSecret is required" .root.Values.mongodb.existingSecret }}
      key: gateway
- name: ROADMAP_GATEWAY_LIMITS_SHAREDSTORE
  value: {{ include "roadmap.mongoUri" . | quote }}
- name: ROADMAP_GATEWAY_SERVICES_COMMITMENTS
  value: http://commitments-service:{{ (index $apps "commitments-service").port }}
- name: ROADMAP_GATEWAY_SERVICES_MEETINGS
  value: http://meetings-service:{{ (index $apps "meetings-service").port }}
- name: ROADMAP_GATEWAY_SERVICES_NOTIFICATIONS
  value: http://notifications-service:{{ (index $apps "notifications-service").port }}
# the issuer's back channel (token and keys endpoints, the identity route)
- name: ROADMAP_GATEWAY_SERVICES_IDENTITY
  value: {{ ternary (printf "http://identity:%v" $apps.identity.port) (include "roadmap.issuerUri" .root) $apps.identity.enabled | quote }}
{{- include "roadmap.jwkSetUriEnv" .root }}
{{- with .root.Values.oidc.endpoints }}
{{- with .authorizationUri }}
- name: ROADMAP_GATEWAY_SIGNIN_AUTHORIZATIONURI
  value: {{ . | quote }}
{{- end }}
{{- with .tokenUri }}
- name: ROADMAP_GATEWAY_SIGNIN_TOKENURI
  value: {{ . | quote }}
{{- end }}
{{- with .jwkSetUri }}
- name: ROADMAP_GATEWAY_SIGNIN_JWKSETURI
  value: {{ . | quote }}
{{- end }}
{{- with .endSessionUri }}
- name: ROADMAP_GATEWAY_SIGNIN_ENDSESSIONURI
  value: {{ . | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* Environment of identity, the in-cluster issuer. */}}
{{- define "roadmap.identityEnv" -}}
- name: SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER
  value: {{ include "roadmap.issuerUri" .root | quote }}
# the signing key and the secrets' hashes, mounted from apps.identity.existingSecret
- name: ROADMAP_IDENTITY_DATADIRECTORY
  value: /data/identity
- name: ROADMAP_IDENTITY_GATEWAY_URLS
  value: {{ join "," .app.gatewayUrls | quote }}
- name: ROADMAP_GATEWAY_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ required "apps.gateway.clientSecret.existingSecret is required" .root.Values.apps.gateway.clientSecret.existingSecret }}
      key: {{ .root.Values.apps.gateway.clientSecret.key }}
{{- end }}
