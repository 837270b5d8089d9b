--
-- PostgreSQL database dump
--

\restrict QIdZgpfB3yJCWLrbsXWFL0LSlYCiKseCSHNDxZe7DSDOy78Fv6mFsscDPbabfFP

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: drizzle; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA drizzle;


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: addressee_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.addressee_status AS ENUM (
    'submitted',
    'under_review',
    'accepted',
    'partially_accepted',
    'declined',
    'implemented'
);


--
-- Name: org_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.org_kind AS ENUM (
    'national',
    'central_group',
    'steering_committee',
    'central_body',
    'province',
    'district',
    'commune',
    'agency'
);


--
-- Name: recommendation_category; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.recommendation_category AS ENUM (
    'new_resolution',
    'rule_revision',
    'policy',
    'guidance',
    'other'
);


--
-- Name: role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.role AS ENUM (
    'official',
    'coordinator',
    'leader',
    'admin'
);


--
-- Name: sector; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.sector AS ENUM (
    'party',
    'state',
    'front',
    'other'
);


--
-- Name: task_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.task_status AS ENUM (
    'not_started',
    'in_progress',
    'awaiting_confirmation',
    'completed',
    'cancelled'
);


--
-- Name: events_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.events_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __drizzle_migrations; Type: TABLE; Schema: drizzle; Owner: -
--

CREATE TABLE drizzle.__drizzle_migrations (
    id integer NOT NULL,
    hash text NOT NULL,
    created_at bigint
);


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE; Schema: drizzle; Owner: -
--

CREATE SEQUENCE drizzle.__drizzle_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: drizzle; Owner: -
--

ALTER SEQUENCE drizzle.__drizzle_migrations_id_seq OWNED BY drizzle.__drizzle_migrations.id;


--
-- Name: code_counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.code_counters (
    prefix text NOT NULL,
    year integer NOT NULL,
    value integer NOT NULL
);


--
-- Name: ended_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ended_sessions (
    sid text NOT NULL,
    user_id integer NOT NULL,
    ended_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    actor_id integer,
    organization_id integer,
    entity_type text NOT NULL,
    entity_id integer,
    entity_code text,
    action text NOT NULL,
    from_value text,
    to_value text,
    data jsonb
);


--
-- Name: events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;


--
-- Name: login_throttles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_throttles (
    key text NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    window_start timestamp with time zone NOT NULL,
    locked_until timestamp with time zone
);


--
-- Name: organizations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organizations (
    id integer NOT NULL,
    code text NOT NULL,
    parent_id integer,
    path text NOT NULL,
    province_id integer,
    kind public.org_kind NOT NULL,
    sector public.sector NOT NULL,
    name_vi text NOT NULL,
    name_en text,
    short_name_vi text,
    admin_code text,
    valid_from date,
    valid_to date,
    successor_id integer,
    search_text text GENERATED ALWAYS AS (lower(translate(((((COALESCE(code, ''::text) || ' '::text) || COALESCE(name_vi, ''::text)) || ' '::text) || COALESCE(short_name_vi, ''::text)), 'àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆìíỉĩịÌÍỈĨỊòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰỳýỷỹỵỲÝỶỸỴđĐ'::text, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'::text))) STORED,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT organizations_validity_check CHECK (((valid_to IS NULL) OR (valid_from IS NULL) OR (valid_to >= valid_from)))
);


--
-- Name: organizations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.organizations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: organizations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.organizations_id_seq OWNED BY public.organizations.id;


--
-- Name: recommendation_addressees; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recommendation_addressees (
    recommendation_id integer NOT NULL,
    organization_id integer NOT NULL,
    status public.addressee_status DEFAULT 'submitted'::public.addressee_status NOT NULL,
    response_text text,
    responded_by_id integer,
    responded_on date,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: recommendations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.recommendations (
    id integer NOT NULL,
    code text NOT NULL,
    review_id integer NOT NULL,
    session_id integer,
    source_org_id integer NOT NULL,
    category public.recommendation_category NOT NULL,
    text text NOT NULL,
    summary_en text,
    submitted_on date,
    response_due_on date,
    duplicate_of_id integer,
    search_text text GENERATED ALWAYS AS (lower(translate(((COALESCE(code, ''::text) || ' '::text) || COALESCE(text, ''::text)), 'àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆìíỉĩịÌÍỈĨỊòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰỳýỷỹỵỲÝỶỸỴđĐ'::text, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'::text))) STORED,
    version integer DEFAULT 1 NOT NULL,
    created_by_id integer,
    updated_by_id integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT recommendations_due_check CHECK (((response_due_on IS NULL) OR (submitted_on IS NULL) OR (response_due_on >= submitted_on))),
    CONSTRAINT recommendations_not_self_duplicate CHECK (((duplicate_of_id IS NULL) OR (duplicate_of_id <> id)))
);


--
-- Name: recommendations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.recommendations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: recommendations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.recommendations_id_seq OWNED BY public.recommendations.id;


--
-- Name: resolutions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resolutions (
    id integer NOT NULL,
    code text NOT NULL,
    title_vi text NOT NULL,
    title_en text,
    issuer_vi text,
    issued_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: resolutions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.resolutions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: resolutions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.resolutions_id_seq OWNED BY public.resolutions.id;


--
-- Name: reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reviews (
    id integer NOT NULL,
    code text NOT NULL,
    resolution_id integer NOT NULL,
    coordinator_org_id integer NOT NULL,
    title_vi text NOT NULL,
    title_en text,
    starts_on date,
    ends_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reviews_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reviews_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reviews_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.reviews_id_seq OWNED BY public.reviews.id;


--
-- Name: survey_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.survey_sessions (
    id integer NOT NULL,
    code text NOT NULL,
    review_id integer NOT NULL,
    organization_id integer NOT NULL,
    held_on date,
    title_vi text NOT NULL,
    title_en text,
    delegation text,
    participants jsonb DEFAULT '[]'::jsonb NOT NULL,
    source text,
    version integer DEFAULT 1 NOT NULL,
    created_by_id integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: survey_sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.survey_sessions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: survey_sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.survey_sessions_id_seq OWNED BY public.survey_sessions.id;


--
-- Name: task_recommendations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_recommendations (
    task_id integer NOT NULL,
    recommendation_id integer NOT NULL
);


--
-- Name: task_status_periods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.task_status_periods (
    id bigint NOT NULL,
    task_id integer NOT NULL,
    assignee_org_id integer NOT NULL,
    status public.task_status NOT NULL,
    due_on date NOT NULL,
    completed_on date,
    valid_from timestamp with time zone NOT NULL,
    valid_to timestamp with time zone,
    CONSTRAINT task_status_periods_range_check CHECK (((valid_to IS NULL) OR (valid_to >= valid_from)))
);


--
-- Name: task_status_periods_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.task_status_periods_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: task_status_periods_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.task_status_periods_id_seq OWNED BY public.task_status_periods.id;


--
-- Name: tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tasks (
    id integer NOT NULL,
    code text NOT NULL,
    review_id integer NOT NULL,
    session_id integer,
    assignee_org_id integer NOT NULL,
    title text NOT NULL,
    description text,
    due_on date NOT NULL,
    original_due_on date NOT NULL,
    status public.task_status DEFAULT 'not_started'::public.task_status NOT NULL,
    progress integer DEFAULT 0 NOT NULL,
    completed_on date,
    completion_doc_ref text,
    last_note text,
    search_text text GENERATED ALWAYS AS (lower(translate(((COALESCE(code, ''::text) || ' '::text) || COALESCE(title, ''::text)), 'àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬèéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆìíỉĩịÌÍỈĨỊòóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰỳýỷỹỵỲÝỶỸỴđĐ'::text, 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyydd'::text))) STORED,
    version integer DEFAULT 1 NOT NULL,
    created_by_id integer,
    updated_by_id integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tasks_completed_on_check CHECK (((status = ANY (ARRAY['completed'::public.task_status, 'awaiting_confirmation'::public.task_status])) = (completed_on IS NOT NULL))),
    CONSTRAINT tasks_progress_check CHECK (((progress >= 0) AND (progress <= 100))),
    CONSTRAINT tasks_version_check CHECK ((version >= 1))
);


--
-- Name: tasks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tasks_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tasks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tasks_id_seq OWNED BY public.tasks.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id integer NOT NULL,
    login text NOT NULL,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    role public.role NOT NULL,
    organization_id integer NOT NULL,
    scope_id integer NOT NULL,
    active boolean DEFAULT true NOT NULL,
    session_version integer DEFAULT 1 NOT NULL,
    failed_login_count integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    totp_secret text,
    must_change_password boolean DEFAULT false NOT NULL,
    last_login_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    totp_enabled_at timestamp with time zone,
    totp_last_step bigint,
    recovery_code_hashes text[] DEFAULT '{}'::text[] NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: __drizzle_migrations id; Type: DEFAULT; Schema: drizzle; Owner: -
--

ALTER TABLE ONLY drizzle.__drizzle_migrations ALTER COLUMN id SET DEFAULT nextval('drizzle.__drizzle_migrations_id_seq'::regclass);


--
-- Name: events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);


--
-- Name: organizations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations ALTER COLUMN id SET DEFAULT nextval('public.organizations_id_seq'::regclass);


--
-- Name: recommendations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations ALTER COLUMN id SET DEFAULT nextval('public.recommendations_id_seq'::regclass);


--
-- Name: resolutions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resolutions ALTER COLUMN id SET DEFAULT nextval('public.resolutions_id_seq'::regclass);


--
-- Name: reviews id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews ALTER COLUMN id SET DEFAULT nextval('public.reviews_id_seq'::regclass);


--
-- Name: survey_sessions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.survey_sessions ALTER COLUMN id SET DEFAULT nextval('public.survey_sessions_id_seq'::regclass);


--
-- Name: task_status_periods id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_status_periods ALTER COLUMN id SET DEFAULT nextval('public.task_status_periods_id_seq'::regclass);


--
-- Name: tasks id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks ALTER COLUMN id SET DEFAULT nextval('public.tasks_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Data for Name: __drizzle_migrations; Type: TABLE DATA; Schema: drizzle; Owner: -
--

INSERT INTO drizzle.__drizzle_migrations VALUES
	(1, 'fc27e97b9a61877f7f59d59a69c8c0bd2cd3271bc44b9f208800ed458d18a10b', 1795827716501),
	(2, 'fa4022f5bbc2eb4ba6dfe631d60ac6b2a1680e49e28ee1e3df2fa5d9beccfa24', 1795827721535),
	(3, 'ebc984c55e6bdca9ee41999817f96c4283ce3319aee744ea33148cf2c718b0d2', 1795827722600),
	(4, 'c0024d452b19cfdaae14afa9e715c835091f3040ac607e6d0bec821834eb6274', 1795838865794),
	(5, '2545647d4033a22485383cbdd33c893bbbd4ea97da662f6ec15d78b1d379439a', 1795874697565);


--
-- Data for Name: code_counters; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: ended_sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES
	(1, '2024-06-02 02:00:00+00', 4, 30, 'recommendation', 1, 'KN-HP-01', 'recommendation.create', NULL, 'draft', '{}'),
	(2, '2024-06-07 03:00:00+00', 4, 30, 'recommendation', 1, 'KN-HP-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(3, '2024-06-27 07:00:00+00', 2, 30, 'recommendation', 1, 'KN-HP-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BCHTW"}'),
	(4, '2024-06-27 07:00:00+00', 2, 30, 'recommendation', 1, 'KN-HP-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BCT"}'),
	(5, '2024-06-27 07:00:00+00', 2, 30, 'recommendation', 1, 'KN-HP-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BBT"}'),
	(6, '2024-06-02 02:00:00+00', 4, 30, 'recommendation', 2, 'KN-HP-02', 'recommendation.create', NULL, 'draft', '{}'),
	(7, '2024-06-07 03:00:00+00', 4, 30, 'recommendation', 2, 'KN-HP-02', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(8, '2024-06-02 02:00:00+00', 4, 30, 'recommendation', 3, 'KN-HP-03', 'recommendation.create', NULL, 'draft', '{}'),
	(9, '2024-06-07 03:00:00+00', 4, 30, 'recommendation', 3, 'KN-HP-03', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(10, '2024-06-27 07:00:00+00', 2, 30, 'recommendation', 3, 'KN-HP-03', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "CP"}'),
	(11, '2025-02-20 04:00:00+00', 2, 30, 'recommendation', 3, 'KN-HP-03', 'recommendation.answer', 'under_review', 'accepted', '{"response": "Giao Bộ Nội vụ chủ trì hướng dẫn (nội dung minh họa).", "addressee": "CP"}'),
	(12, '2024-06-27 07:00:00+00', 8, 30, 'recommendation', 3, 'KN-HP-03', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BNV"}'),
	(13, '2025-02-14 04:00:00+00', 8, 30, 'recommendation', 3, 'KN-HP-03', 'recommendation.answer', 'under_review', 'accepted', '{"response": "Tiếp thu kiến nghị; Bộ Nội vụ xây dựng văn bản hướng dẫn về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố (nội dung minh họa).", "addressee": "BNV"}'),
	(14, '2024-05-20 02:00:00+00', 2, 20, 'recommendation', 4, 'KN-P08-01', 'recommendation.create', NULL, 'draft', '{}'),
	(15, '2024-05-25 03:00:00+00', 2, 20, 'recommendation', 4, 'KN-P08-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(16, '2024-06-14 07:00:00+00', 2, 20, 'recommendation', 4, 'KN-P08-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "CP"}'),
	(17, '2024-08-13 04:00:00+00', 2, 20, 'recommendation', 4, 'KN-P08-01', 'recommendation.answer', 'under_review', 'accepted', '{"addressee": "CP"}'),
	(18, '2024-06-14 07:00:00+00', 2, 20, 'recommendation', 4, 'KN-P08-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BDTTG"}'),
	(19, '2024-08-13 04:00:00+00', 2, 20, 'recommendation', 4, 'KN-P08-01', 'recommendation.answer', 'under_review', 'accepted', '{"addressee": "BDTTG"}'),
	(20, '2024-05-06 02:00:00+00', 2, 21, 'recommendation', 5, 'KN-P11-01', 'recommendation.create', NULL, 'draft', '{}'),
	(21, '2024-05-11 03:00:00+00', 2, 21, 'recommendation', 5, 'KN-P11-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(22, '2024-05-31 07:00:00+00', 2, 21, 'recommendation', 5, 'KN-P11-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BCT"}'),
	(23, '2024-07-30 04:00:00+00', 2, 21, 'recommendation', 5, 'KN-P11-01', 'recommendation.answer', 'under_review', 'declined', '{"addressee": "BCT"}'),
	(24, '2024-04-21 02:00:00+00', 2, 22, 'recommendation', 6, 'KN-P12-01', 'recommendation.create', NULL, 'draft', '{}'),
	(25, '2024-04-26 03:00:00+00', 2, 22, 'recommendation', 6, 'KN-P12-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(26, '2024-05-16 07:00:00+00', 2, 22, 'recommendation', 6, 'KN-P12-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "QH"}'),
	(27, '2024-05-16 07:00:00+00', 2, 22, 'recommendation', 6, 'KN-P12-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "UBTWMTTQ"}'),
	(28, '2024-07-15 04:00:00+00', 2, 22, 'recommendation', 6, 'KN-P12-01', 'recommendation.answer', 'under_review', 'declined', '{"addressee": "UBTWMTTQ"}'),
	(29, '2024-04-23 02:00:00+00', 2, 25, 'recommendation', 7, 'KN-P19-01', 'recommendation.create', NULL, 'draft', '{}'),
	(30, '2024-04-28 03:00:00+00', 2, 25, 'recommendation', 7, 'KN-P19-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(31, '2024-05-18 07:00:00+00', 2, 25, 'recommendation', 7, 'KN-P19-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "QH"}'),
	(32, '2024-05-18 07:00:00+00', 2, 25, 'recommendation', 7, 'KN-P19-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "UBTWMTTQ"}'),
	(33, '2024-04-02 02:00:00+00', 2, 28, 'recommendation', 8, 'KN-P24-01', 'recommendation.create', NULL, 'draft', '{}'),
	(34, '2024-04-07 03:00:00+00', 2, 28, 'recommendation', 8, 'KN-P24-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(35, '2024-04-27 07:00:00+00', 2, 28, 'recommendation', 8, 'KN-P24-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BDVTW"}'),
	(36, '2024-06-26 04:00:00+00', 2, 28, 'recommendation', 8, 'KN-P24-01', 'recommendation.answer', 'under_review', 'accepted', '{"addressee": "BDVTW"}'),
	(37, '2024-03-12 02:00:00+00', 2, 37, 'recommendation', 9, 'KN-P46-01', 'recommendation.create', NULL, 'draft', '{}'),
	(38, '2024-03-17 03:00:00+00', 2, 37, 'recommendation', 9, 'KN-P46-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(39, '2024-04-06 07:00:00+00', 8, 37, 'recommendation', 9, 'KN-P46-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BNV"}'),
	(40, '2024-06-05 04:00:00+00', 8, 37, 'recommendation', 9, 'KN-P46-01', 'recommendation.answer', 'under_review', 'accepted', '{"addressee": "BNV"}'),
	(41, '2024-03-12 02:00:00+00', 2, 39, 'recommendation', 10, 'KN-P51-01', 'recommendation.create', NULL, 'draft', '{}'),
	(42, '2024-03-17 03:00:00+00', 2, 39, 'recommendation', 10, 'KN-P51-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(43, '2024-04-06 07:00:00+00', 8, 39, 'recommendation', 10, 'KN-P51-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BNV"}'),
	(44, '2024-04-26 02:00:00+00', 2, 42, 'recommendation', 11, 'KN-P66-01', 'recommendation.create', NULL, 'draft', '{}'),
	(45, '2024-05-01 03:00:00+00', 2, 42, 'recommendation', 11, 'KN-P66-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(46, '2024-05-21 07:00:00+00', 8, 42, 'recommendation', 11, 'KN-P66-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BNV"}'),
	(47, '2024-07-20 04:00:00+00', 8, 42, 'recommendation', 11, 'KN-P66-01', 'recommendation.answer', 'under_review', 'declined', '{"addressee": "BNV"}'),
	(48, '2024-03-13 02:00:00+00', 2, 46, 'recommendation', 12, 'KN-P80-01', 'recommendation.create', NULL, 'draft', '{}'),
	(49, '2024-03-18 03:00:00+00', 2, 46, 'recommendation', 12, 'KN-P80-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(50, '2024-04-07 07:00:00+00', 2, 46, 'recommendation', 12, 'KN-P80-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "CP"}'),
	(51, '2024-06-06 04:00:00+00', 2, 46, 'recommendation', 12, 'KN-P80-01', 'recommendation.answer', 'under_review', 'declined', '{"addressee": "CP"}'),
	(52, '2024-04-07 07:00:00+00', 2, 46, 'recommendation', 12, 'KN-P80-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BDTTG"}'),
	(53, '2024-06-06 04:00:00+00', 2, 46, 'recommendation', 12, 'KN-P80-01', 'recommendation.answer', 'under_review', 'partially_accepted', '{"addressee": "BDTTG"}'),
	(54, '2024-05-11 02:00:00+00', 2, 47, 'recommendation', 13, 'KN-P82-01', 'recommendation.create', NULL, 'draft', '{}'),
	(55, '2024-05-16 03:00:00+00', 2, 47, 'recommendation', 13, 'KN-P82-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(56, '2024-06-05 07:00:00+00', 2, 47, 'recommendation', 13, 'KN-P82-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BDTTG"}'),
	(57, '2024-08-04 04:00:00+00', 2, 47, 'recommendation', 13, 'KN-P82-01', 'recommendation.answer', 'under_review', 'declined', '{"addressee": "BDTTG"}'),
	(58, '2024-04-05 02:00:00+00', 2, 49, 'recommendation', 14, 'KN-P91-01', 'recommendation.create', NULL, 'draft', '{}'),
	(59, '2024-04-10 03:00:00+00', 2, 49, 'recommendation', 14, 'KN-P91-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(60, '2024-04-30 07:00:00+00', 8, 49, 'recommendation', 14, 'KN-P91-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BNV"}'),
	(61, '2024-06-29 04:00:00+00', 8, 49, 'recommendation', 14, 'KN-P91-01', 'recommendation.answer', 'under_review', 'accepted', '{"addressee": "BNV"}'),
	(62, '2024-04-14 02:00:00+00', 2, 50, 'recommendation', 15, 'KN-P92-01', 'recommendation.create', NULL, 'draft', '{}'),
	(63, '2024-04-19 03:00:00+00', 2, 50, 'recommendation', 15, 'KN-P92-01', 'recommendation.submit', 'draft', 'submitted', '{}'),
	(64, '2024-05-09 07:00:00+00', 2, 50, 'recommendation', 15, 'KN-P92-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "CP"}'),
	(65, '2024-07-08 04:00:00+00', 2, 50, 'recommendation', 15, 'KN-P92-01', 'recommendation.answer', 'under_review', 'accepted', '{"addressee": "CP"}'),
	(66, '2024-05-09 07:00:00+00', 2, 50, 'recommendation', 15, 'KN-P92-01', 'recommendation.answer', 'submitted', 'under_review', '{"addressee": "BDTTG"}'),
	(67, '2024-07-08 04:00:00+00', 2, 50, 'recommendation', 15, 'KN-P92-01', 'recommendation.answer', 'under_review', 'declined', '{"addressee": "BDTTG"}'),
	(68, '2024-05-27 02:00:00+00', 4, 54, 'task', 1, 'NV-HP-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-30", "title": "Bổ sung, hoàn chỉnh Báo cáo tổng kết 20 năm thực hiện Nghị quyết 23-NQ/TW của thành phố theo ý kiến của Đoàn khảo sát"}'),
	(69, '2024-05-29 01:30:00+00', 6, 54, 'task', 1, 'NV-HP-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(70, '2024-06-28 03:00:00+00', 6, 54, 'task', 1, 'NV-HP-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(71, '2024-06-30 08:00:00+00', 4, 54, 'task', 1, 'NV-HP-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(72, '2024-05-27 02:00:00+00', 4, 54, 'task', 2, 'NV-HP-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-15", "title": "Bổ sung các kiến nghị, đề xuất đúc rút từ thực tiễn, thể hiện dấu ấn, bản sắc của Hải Phòng"}'),
	(73, '2024-05-29 01:30:00+00', 6, 54, 'task', 2, 'NV-HP-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(74, '2024-06-20 03:00:00+00', 6, 54, 'task', 2, 'NV-HP-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(75, '2024-06-22 08:00:00+00', 4, 54, 'task', 2, 'NV-HP-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(76, '2024-05-27 02:00:00+00', 4, 53, 'task', 3, 'NV-HP-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-10", "title": "Tổng hợp, gửi các kiến nghị của thành phố tới Ban Chỉ đạo Trung ương"}'),
	(77, '2024-05-29 01:30:00+00', 4, 53, 'task', 3, 'NV-HP-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(78, '2024-06-07 03:00:00+00', 4, 53, 'task', 3, 'NV-HP-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(79, '2024-06-09 08:00:00+00', 4, 53, 'task', 3, 'NV-HP-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(80, '2024-05-27 02:00:00+00', 4, 59, 'task', 4, 'NV-HP-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-05", "title": "Đưa kết quả khảo sát tại Huyện ủy Thủy Nguyên vào báo cáo chung của thành phố"}'),
	(81, '2024-05-29 01:30:00+00', 4, 59, 'task', 4, 'NV-HP-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(82, '2024-06-12 03:00:00+00', 4, 59, 'task', 4, 'NV-HP-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(83, '2024-06-14 08:00:00+00', 4, 59, 'task', 4, 'NV-HP-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(84, '2024-05-27 02:00:00+00', 4, 56, 'task', 5, 'NV-HP-05', 'task.create', NULL, 'not_started', '{"dueOn": "2026-09-30", "title": "Tổng hợp mô hình, cách làm hay thực hiện phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát và dân thụ hưởng”"}'),
	(85, '2024-05-29 01:30:00+00', 7, 56, 'task', 5, 'NV-HP-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(86, '2024-06-19 09:00:00+00', 7, 56, 'task', 5, 'NV-HP-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 60}'),
	(87, '2024-05-27 02:00:00+00', 4, 54, 'task', 6, 'NV-HP-06', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-31", "title": "Rà soát kết quả thực hiện các nghị quyết về giai cấp công nhân, nông dân, trí thức, thanh niên, phụ nữ trên địa bàn"}'),
	(88, '2024-05-29 01:30:00+00', 6, 54, 'task', 6, 'NV-HP-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(89, '2024-06-19 09:00:00+00', 6, 54, 'task', 6, 'NV-HP-06', 'task.progress', 'in_progress', 'in_progress', '{"progress": 35}'),
	(90, '2024-05-27 02:00:00+00', 4, 58, 'task', 7, 'NV-HP-07', 'task.create', NULL, 'not_started', '{"dueOn": "2027-06-30", "title": "Đề xuất nội dung cần hướng dẫn về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố"}'),
	(91, '2025-02-20 02:00:00+00', 2, 11, 'task', 8, 'NV-BNV-01', 'task.create', NULL, 'not_started', '{"dueOn": "2026-12-31", "title": "Hướng dẫn thực hiện đồng bộ, thống nhất tổ chức bộ máy, cán bộ cấp xã và các tổ chức ở thôn, tổ dân phố"}'),
	(92, '2025-02-22 01:30:00+00', 8, 11, 'task', 8, 'NV-BNV-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(93, '2025-03-15 09:00:00+00', 8, 11, 'task', 8, 'NV-BNV-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 50}'),
	(94, '2024-03-24 02:00:00+00', 2, 18, 'task', 9, 'NV-P01-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-15", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hà Nội"}'),
	(95, '2024-03-26 01:30:00+00', 2, 18, 'task', 9, 'NV-P01-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(96, '2024-11-04 03:00:00+00', 2, 18, 'task', 9, 'NV-P01-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(97, '2024-11-06 08:00:00+00', 2, 18, 'task', 9, 'NV-P01-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(98, '2024-03-21 02:00:00+00', 2, 18, 'task', 10, 'NV-P01-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-04-26", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hà Nội"}'),
	(99, '2024-03-25 02:00:00+00', 2, 18, 'task', 11, 'NV-P01-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-26", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hà Nội"}'),
	(100, '2024-03-27 01:30:00+00', 2, 18, 'task', 11, 'NV-P01-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(101, '2024-07-25 03:00:00+00', 2, 18, 'task', 11, 'NV-P01-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(102, '2024-07-27 08:00:00+00', 2, 18, 'task', 11, 'NV-P01-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(103, '2024-03-27 02:00:00+00', 2, 18, 'task', 12, 'NV-P01-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-19", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hà Nội"}'),
	(104, '2024-03-29 01:30:00+00', 2, 18, 'task', 12, 'NV-P01-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(105, '2025-08-25 03:00:00+00', 2, 18, 'task', 12, 'NV-P01-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(106, '2025-08-27 08:00:00+00', 2, 18, 'task', 12, 'NV-P01-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(107, '2024-03-20 02:00:00+00', 2, 18, 'task', 13, 'NV-P01-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-09-21", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hà Nội"}'),
	(108, '2024-03-22 01:30:00+00', 2, 18, 'task', 13, 'NV-P01-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(109, '2024-04-12 09:00:00+00', 2, 18, 'task', 13, 'NV-P01-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 79}'),
	(110, '2024-03-16 02:00:00+00', 2, 18, 'task', 14, 'NV-P01-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-08", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hà Nội"}'),
	(111, '2024-03-18 01:30:00+00', 2, 18, 'task', 14, 'NV-P01-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(112, '2025-09-23 03:00:00+00', 2, 18, 'task', 14, 'NV-P01-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(113, '2025-09-25 08:00:00+00', 2, 18, 'task', 14, 'NV-P01-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(114, '2024-04-26 02:00:00+00', 2, 19, 'task', 15, 'NV-P04-01', 'task.create', NULL, 'not_started', '{"dueOn": "2026-03-24", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Cao Bằng"}'),
	(115, '2024-04-28 01:30:00+00', 2, 19, 'task', 15, 'NV-P04-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(116, '2024-05-19 09:00:00+00', 2, 19, 'task', 15, 'NV-P04-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 64}'),
	(117, '2024-04-24 02:00:00+00', 2, 19, 'task', 16, 'NV-P04-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-24", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Cao Bằng"}'),
	(118, '2024-04-26 01:30:00+00', 2, 19, 'task', 16, 'NV-P04-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(119, '2024-05-17 09:00:00+00', 2, 19, 'task', 16, 'NV-P04-02', 'task.progress', 'in_progress', 'in_progress', '{"progress": 54}'),
	(120, '2024-04-26 02:00:00+00', 2, 19, 'task', 17, 'NV-P04-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-09", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Cao Bằng"}'),
	(121, '2024-04-15 02:00:00+00', 2, 19, 'task', 18, 'NV-P04-04', 'task.create', NULL, 'not_started', '{"dueOn": "2027-04-27", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Cao Bằng"}'),
	(122, '2024-04-24 02:00:00+00', 2, 19, 'task', 19, 'NV-P04-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-03", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Cao Bằng"}'),
	(123, '2024-04-26 01:30:00+00', 2, 19, 'task', 19, 'NV-P04-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(124, '2025-10-24 03:00:00+00', 2, 19, 'task', 19, 'NV-P04-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(125, '2025-10-26 08:00:00+00', 2, 19, 'task', 19, 'NV-P04-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(126, '2024-04-23 02:00:00+00', 2, 19, 'task', 20, 'NV-P04-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-22", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Cao Bằng"}'),
	(127, '2024-04-25 01:30:00+00', 2, 19, 'task', 20, 'NV-P04-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(128, '2025-07-10 03:00:00+00', 2, 19, 'task', 20, 'NV-P04-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(129, '2025-07-12 08:00:00+00', 2, 19, 'task', 20, 'NV-P04-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(130, '2024-04-23 02:00:00+00', 2, 19, 'task', 21, 'NV-P04-07', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-22", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Cao Bằng)"}'),
	(131, '2024-04-25 01:30:00+00', 2, 19, 'task', 21, 'NV-P04-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(132, '2024-10-27 03:00:00+00', 2, 19, 'task', 21, 'NV-P04-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(133, '2024-10-29 08:00:00+00', 2, 19, 'task', 21, 'NV-P04-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(134, '2024-04-09 02:00:00+00', 2, 19, 'task', 22, 'NV-P04-08', 'task.create', NULL, 'not_started', '{"dueOn": "2025-08-25", "title": "Tổng hợp kiến nghị, đề xuất của Cao Bằng gửi Ban Chỉ đạo Trung ương"}'),
	(135, '2024-04-11 01:30:00+00', 2, 19, 'task', 22, 'NV-P04-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(136, '2025-07-03 03:00:00+00', 2, 19, 'task', 22, 'NV-P04-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(137, '2025-07-05 08:00:00+00', 2, 19, 'task', 22, 'NV-P04-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(138, '2024-04-19 02:00:00+00', 2, 19, 'task', 23, 'NV-P04-09', 'task.create', NULL, 'not_started', '{"dueOn": "2027-02-01", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Cao Bằng"}'),
	(139, '2024-04-12 02:00:00+00', 2, 19, 'task', 24, 'NV-P04-10', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-23", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Cao Bằng"}'),
	(140, '2024-04-14 01:30:00+00', 2, 19, 'task', 24, 'NV-P04-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(141, '2024-05-05 09:00:00+00', 2, 19, 'task', 24, 'NV-P04-10', 'task.progress', 'in_progress', 'in_progress', '{"progress": 20}'),
	(142, '2024-05-28 02:00:00+00', 2, 20, 'task', 25, 'NV-P08-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-26", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Tuyên Quang"}'),
	(143, '2024-05-30 01:30:00+00', 2, 20, 'task', 25, 'NV-P08-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(144, '2024-10-26 03:00:00+00', 2, 20, 'task', 25, 'NV-P08-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(145, '2024-10-28 08:00:00+00', 2, 20, 'task', 25, 'NV-P08-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(146, '2024-05-26 02:00:00+00', 2, 20, 'task', 26, 'NV-P08-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-24", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Tuyên Quang"}'),
	(147, '2024-05-28 01:30:00+00', 2, 20, 'task', 26, 'NV-P08-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(148, '2025-03-16 03:00:00+00', 2, 20, 'task', 26, 'NV-P08-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(149, '2025-03-18 08:00:00+00', 2, 20, 'task', 26, 'NV-P08-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(150, '2024-05-19 02:00:00+00', 2, 20, 'task', 27, 'NV-P08-03', 'task.create', NULL, 'not_started', '{"dueOn": "2026-06-15", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Tuyên Quang"}'),
	(151, '2024-05-21 01:30:00+00', 2, 20, 'task', 27, 'NV-P08-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(152, '2026-04-18 03:00:00+00', 2, 20, 'task', 27, 'NV-P08-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(153, '2024-05-28 02:00:00+00', 2, 20, 'task', 28, 'NV-P08-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-09-16", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Tuyên Quang"}'),
	(154, '2024-05-30 01:30:00+00', 2, 20, 'task', 28, 'NV-P08-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(155, '2024-10-13 03:00:00+00', 2, 20, 'task', 28, 'NV-P08-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(156, '2024-10-15 08:00:00+00', 2, 20, 'task', 28, 'NV-P08-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(157, '2024-05-26 02:00:00+00', 2, 20, 'task', 29, 'NV-P08-05', 'task.create', NULL, 'not_started', '{"dueOn": "2026-01-25", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Tuyên Quang"}'),
	(158, '2024-05-28 01:30:00+00', 2, 20, 'task', 29, 'NV-P08-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(159, '2024-06-18 09:00:00+00', 2, 20, 'task', 29, 'NV-P08-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 79}'),
	(160, '2024-05-18 02:00:00+00', 2, 20, 'task', 30, 'NV-P08-06', 'task.create', NULL, 'not_started', '{"dueOn": "2026-01-11", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Tuyên Quang"}'),
	(161, '2024-05-20 01:30:00+00', 2, 20, 'task', 30, 'NV-P08-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(162, '2026-01-07 03:00:00+00', 2, 20, 'task', 30, 'NV-P08-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(163, '2026-01-09 08:00:00+00', 2, 20, 'task', 30, 'NV-P08-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(164, '2024-05-26 02:00:00+00', 2, 20, 'task', 31, 'NV-P08-07', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-05", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Tuyên Quang)"}'),
	(165, '2024-05-28 01:30:00+00', 2, 20, 'task', 31, 'NV-P08-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(166, '2024-06-18 09:00:00+00', 2, 20, 'task', 31, 'NV-P08-07', 'task.progress', 'in_progress', 'in_progress', '{"progress": 60}'),
	(167, '2024-05-19 02:00:00+00', 2, 20, 'task', 32, 'NV-P08-08', 'task.create', NULL, 'not_started', '{"dueOn": "2027-12-14", "title": "Tổng hợp kiến nghị, đề xuất của Tuyên Quang gửi Ban Chỉ đạo Trung ương"}'),
	(168, '2024-05-21 01:30:00+00', 2, 20, 'task', 32, 'NV-P08-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(169, '2024-06-11 09:00:00+00', 2, 20, 'task', 32, 'NV-P08-08', 'task.progress', 'in_progress', 'in_progress', '{"progress": 69}'),
	(170, '2024-05-16 02:00:00+00', 2, 20, 'task', 33, 'NV-P08-09', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-20", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Tuyên Quang"}'),
	(171, '2024-05-18 01:30:00+00', 2, 20, 'task', 33, 'NV-P08-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(172, '2026-03-05 03:00:00+00', 2, 20, 'task', 33, 'NV-P08-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(173, '2026-03-07 08:00:00+00', 2, 20, 'task', 33, 'NV-P08-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(174, '2024-05-23 02:00:00+00', 2, 20, 'task', 34, 'NV-P08-10', 'task.create', NULL, 'not_started', '{"dueOn": "2025-01-04", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Tuyên Quang"}'),
	(175, '2024-05-25 01:30:00+00', 2, 20, 'task', 34, 'NV-P08-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(176, '2024-11-06 03:00:00+00', 2, 20, 'task', 34, 'NV-P08-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(177, '2024-11-08 08:00:00+00', 2, 20, 'task', 34, 'NV-P08-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(178, '2024-05-30 02:00:00+00', 2, 20, 'task', 35, 'NV-P08-11', 'task.create', NULL, 'not_started', '{"dueOn": "2025-01-01", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Tuyên Quang"}'),
	(179, '2024-06-01 01:30:00+00', 2, 20, 'task', 35, 'NV-P08-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(180, '2024-12-25 03:00:00+00', 2, 20, 'task', 35, 'NV-P08-11', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(181, '2024-06-01 02:00:00+00', 2, 20, 'task', 36, 'NV-P08-12', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-21", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Tuyên Quang"}'),
	(182, '2024-06-03 01:30:00+00', 2, 20, 'task', 36, 'NV-P08-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(183, '2024-12-09 03:00:00+00', 2, 20, 'task', 36, 'NV-P08-12', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(184, '2024-12-11 08:00:00+00', 2, 20, 'task', 36, 'NV-P08-12', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(185, '2024-05-16 02:00:00+00', 2, 20, 'task', 37, 'NV-P08-13', 'task.create', NULL, 'not_started', '{"dueOn": "2025-06-10", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Tuyên Quang"}'),
	(186, '2024-05-18 01:30:00+00', 2, 20, 'task', 37, 'NV-P08-13', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(187, '2025-06-04 03:00:00+00', 2, 20, 'task', 37, 'NV-P08-13', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(188, '2025-06-06 08:00:00+00', 2, 20, 'task', 37, 'NV-P08-13', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(189, '2024-05-06 02:00:00+00', 2, 21, 'task', 38, 'NV-P11-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-10-02", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Điện Biên"}'),
	(190, '2024-05-01 02:00:00+00', 2, 21, 'task', 39, 'NV-P11-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-02", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Điện Biên"}'),
	(191, '2024-05-03 01:30:00+00', 2, 21, 'task', 39, 'NV-P11-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(192, '2024-11-13 03:00:00+00', 2, 21, 'task', 39, 'NV-P11-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(193, '2024-11-15 08:00:00+00', 2, 21, 'task', 39, 'NV-P11-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(194, '2024-04-29 02:00:00+00', 2, 21, 'task', 40, 'NV-P11-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-11", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Điện Biên"}'),
	(195, '2024-05-01 01:30:00+00', 2, 21, 'task', 40, 'NV-P11-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(196, '2024-08-23 03:00:00+00', 2, 21, 'task', 40, 'NV-P11-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(197, '2024-04-23 02:00:00+00', 2, 21, 'task', 41, 'NV-P11-04', 'task.create', NULL, 'not_started', '{"dueOn": "2027-09-05", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Điện Biên"}'),
	(198, '2024-04-25 01:30:00+00', 2, 21, 'task', 41, 'NV-P11-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(199, '2024-05-16 09:00:00+00', 2, 21, 'task', 41, 'NV-P11-04', 'task.progress', 'in_progress', 'in_progress', '{"progress": 74}'),
	(200, '2024-05-05 02:00:00+00', 2, 21, 'task', 42, 'NV-P11-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-08", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Điện Biên"}');
INSERT INTO public.events VALUES
	(201, '2024-05-07 01:30:00+00', 2, 21, 'task', 42, 'NV-P11-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(202, '2025-09-24 03:00:00+00', 2, 21, 'task', 42, 'NV-P11-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(203, '2025-09-26 08:00:00+00', 2, 21, 'task', 42, 'NV-P11-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(204, '2024-05-03 02:00:00+00', 2, 21, 'task', 43, 'NV-P11-06', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-24", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Điện Biên"}'),
	(205, '2024-06-02 07:00:00+00', 2, 21, 'task', 43, 'NV-P11-06', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(206, '2024-05-04 02:00:00+00', 2, 21, 'task', 44, 'NV-P11-07', 'task.create', NULL, 'not_started', '{"dueOn": "2025-12-29", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Điện Biên)"}'),
	(207, '2024-05-06 01:30:00+00', 2, 21, 'task', 44, 'NV-P11-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(208, '2026-01-11 03:00:00+00', 2, 21, 'task', 44, 'NV-P11-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(209, '2026-01-13 08:00:00+00', 2, 21, 'task', 44, 'NV-P11-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(210, '2024-04-02 02:00:00+00', 2, 22, 'task', 45, 'NV-P12-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-12-07", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lai Châu"}'),
	(211, '2024-04-04 01:30:00+00', 2, 22, 'task', 45, 'NV-P12-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(212, '2024-04-25 09:00:00+00', 2, 22, 'task', 45, 'NV-P12-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 29}'),
	(213, '2024-04-04 02:00:00+00', 2, 22, 'task', 46, 'NV-P12-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-10", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lai Châu"}'),
	(214, '2024-04-04 02:00:00+00', 2, 22, 'task', 47, 'NV-P12-03', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-17", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lai Châu"}'),
	(215, '2024-04-06 01:30:00+00', 2, 22, 'task', 47, 'NV-P12-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(216, '2024-04-27 09:00:00+00', 2, 22, 'task', 47, 'NV-P12-03', 'task.progress', 'in_progress', 'in_progress', '{"progress": 36}'),
	(217, '2024-04-18 02:00:00+00', 2, 22, 'task', 48, 'NV-P12-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-08", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lai Châu"}'),
	(218, '2024-04-20 01:30:00+00', 2, 22, 'task', 48, 'NV-P12-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(219, '2024-05-30 03:00:00+00', 2, 22, 'task', 48, 'NV-P12-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(220, '2024-06-01 08:00:00+00', 2, 22, 'task', 48, 'NV-P12-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(221, '2024-04-17 02:00:00+00', 2, 22, 'task', 49, 'NV-P12-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-05-14", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lai Châu"}'),
	(222, '2024-04-19 01:30:00+00', 2, 22, 'task', 49, 'NV-P12-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(223, '2024-05-10 09:00:00+00', 2, 22, 'task', 49, 'NV-P12-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 49}'),
	(224, '2024-04-07 02:00:00+00', 2, 22, 'task', 50, 'NV-P12-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-12-22", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lai Châu"}'),
	(225, '2024-04-09 01:30:00+00', 2, 22, 'task', 50, 'NV-P12-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(226, '2025-11-23 03:00:00+00', 2, 22, 'task', 50, 'NV-P12-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(227, '2025-11-25 08:00:00+00', 2, 22, 'task', 50, 'NV-P12-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(228, '2024-03-28 02:00:00+00', 2, 23, 'task', 51, 'NV-P14-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-12-07", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Sơn La"}'),
	(229, '2024-03-30 01:30:00+00', 2, 23, 'task', 51, 'NV-P14-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(230, '2024-04-20 09:00:00+00', 2, 23, 'task', 51, 'NV-P14-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 28}'),
	(231, '2024-04-01 02:00:00+00', 2, 23, 'task', 52, 'NV-P14-02', 'task.create', NULL, 'not_started', '{"dueOn": "2026-03-31", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Sơn La"}'),
	(232, '2024-04-03 01:30:00+00', 2, 23, 'task', 52, 'NV-P14-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(233, '2026-03-05 03:00:00+00', 2, 23, 'task', 52, 'NV-P14-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(234, '2026-03-07 08:00:00+00', 2, 23, 'task', 52, 'NV-P14-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(235, '2024-04-07 02:00:00+00', 2, 23, 'task', 53, 'NV-P14-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-06", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Sơn La"}'),
	(236, '2024-04-09 01:30:00+00', 2, 23, 'task', 53, 'NV-P14-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(237, '2024-04-30 09:00:00+00', 2, 23, 'task', 53, 'NV-P14-03', 'task.progress', 'in_progress', 'in_progress', '{"progress": 82}'),
	(738, '2025-04-17 08:00:00+00', 2, 39, 'task', 210, 'NV-P51-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(238, '2024-04-02 02:00:00+00', 2, 23, 'task', 54, 'NV-P14-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-12", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Sơn La"}'),
	(239, '2024-04-04 01:30:00+00', 2, 23, 'task', 54, 'NV-P14-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(240, '2025-01-11 03:00:00+00', 2, 23, 'task', 54, 'NV-P14-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(241, '2025-01-13 08:00:00+00', 2, 23, 'task', 54, 'NV-P14-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(242, '2024-03-26 02:00:00+00', 2, 23, 'task', 55, 'NV-P14-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-09-08", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Sơn La"}'),
	(243, '2024-03-28 01:30:00+00', 2, 23, 'task', 55, 'NV-P14-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(244, '2024-08-26 03:00:00+00', 2, 23, 'task', 55, 'NV-P14-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(245, '2024-08-28 08:00:00+00', 2, 23, 'task', 55, 'NV-P14-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(246, '2024-04-09 02:00:00+00', 2, 23, 'task', 56, 'NV-P14-06', 'task.create', NULL, 'not_started', '{"dueOn": "2027-10-07", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Sơn La"}'),
	(247, '2024-04-13 02:00:00+00', 2, 23, 'task', 57, 'NV-P14-07', 'task.create', NULL, 'not_started', '{"dueOn": "2025-05-02", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Sơn La)"}'),
	(248, '2024-04-15 01:30:00+00', 2, 23, 'task', 57, 'NV-P14-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(249, '2025-05-21 03:00:00+00', 2, 23, 'task', 57, 'NV-P14-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(250, '2025-05-23 08:00:00+00', 2, 23, 'task', 57, 'NV-P14-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(251, '2024-04-09 02:00:00+00', 2, 23, 'task', 58, 'NV-P14-08', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-30", "title": "Tổng hợp kiến nghị, đề xuất của Sơn La gửi Ban Chỉ đạo Trung ương"}'),
	(252, '2024-04-11 01:30:00+00', 2, 23, 'task', 58, 'NV-P14-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(253, '2024-05-02 09:00:00+00', 2, 23, 'task', 58, 'NV-P14-08', 'task.progress', 'in_progress', 'in_progress', '{"progress": 74}'),
	(254, '2024-04-06 02:00:00+00', 2, 23, 'task', 59, 'NV-P14-09', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-17", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Sơn La"}'),
	(255, '2024-04-08 01:30:00+00', 2, 23, 'task', 59, 'NV-P14-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(256, '2024-07-01 03:00:00+00', 2, 23, 'task', 59, 'NV-P14-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(257, '2024-04-04 02:00:00+00', 2, 23, 'task', 60, 'NV-P14-10', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-30", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Sơn La"}'),
	(258, '2024-04-06 01:30:00+00', 2, 23, 'task', 60, 'NV-P14-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(259, '2024-10-01 03:00:00+00', 2, 23, 'task', 60, 'NV-P14-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(260, '2024-04-04 02:00:00+00', 2, 23, 'task', 61, 'NV-P14-11', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-11", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Sơn La"}'),
	(261, '2024-04-06 01:30:00+00', 2, 23, 'task', 61, 'NV-P14-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(262, '2024-04-27 09:00:00+00', 2, 23, 'task', 61, 'NV-P14-11', 'task.progress', 'in_progress', 'in_progress', '{"progress": 73}'),
	(263, '2024-03-10 02:00:00+00', 2, 24, 'task', 62, 'NV-P15-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-15", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lào Cai"}'),
	(264, '2024-03-12 01:30:00+00', 2, 24, 'task', 62, 'NV-P15-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(265, '2025-02-15 03:00:00+00', 2, 24, 'task', 62, 'NV-P15-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(266, '2025-02-17 08:00:00+00', 2, 24, 'task', 62, 'NV-P15-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(267, '2024-03-15 02:00:00+00', 2, 24, 'task', 63, 'NV-P15-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-02-13", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lào Cai"}'),
	(268, '2024-03-17 01:30:00+00', 2, 24, 'task', 63, 'NV-P15-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(269, '2024-04-07 09:00:00+00', 2, 24, 'task', 63, 'NV-P15-02', 'task.progress', 'in_progress', 'in_progress', '{"progress": 63}'),
	(270, '2024-03-12 02:00:00+00', 2, 24, 'task', 64, 'NV-P15-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-22", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lào Cai"}'),
	(271, '2024-03-14 01:30:00+00', 2, 24, 'task', 64, 'NV-P15-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(272, '2024-10-30 03:00:00+00', 2, 24, 'task', 64, 'NV-P15-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(273, '2024-11-01 08:00:00+00', 2, 24, 'task', 64, 'NV-P15-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(274, '2024-03-06 02:00:00+00', 2, 24, 'task', 65, 'NV-P15-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-02", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lào Cai"}'),
	(275, '2024-03-08 01:30:00+00', 2, 24, 'task', 65, 'NV-P15-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(276, '2024-08-15 03:00:00+00', 2, 24, 'task', 65, 'NV-P15-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(277, '2024-08-17 08:00:00+00', 2, 24, 'task', 65, 'NV-P15-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(278, '2024-03-23 02:00:00+00', 2, 24, 'task', 66, 'NV-P15-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-06-14", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lào Cai"}'),
	(279, '2024-03-25 01:30:00+00', 2, 24, 'task', 66, 'NV-P15-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(280, '2024-04-15 09:00:00+00', 2, 24, 'task', 66, 'NV-P15-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 76}'),
	(281, '2024-03-07 02:00:00+00', 2, 24, 'task', 67, 'NV-P15-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-05-30", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lào Cai"}'),
	(282, '2024-03-09 01:30:00+00', 2, 24, 'task', 67, 'NV-P15-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(283, '2025-04-24 03:00:00+00', 2, 24, 'task', 67, 'NV-P15-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(284, '2024-03-21 02:00:00+00', 2, 24, 'task', 68, 'NV-P15-07', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-08", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Lào Cai)"}'),
	(285, '2024-03-23 01:30:00+00', 2, 24, 'task', 68, 'NV-P15-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(286, '2024-09-15 03:00:00+00', 2, 24, 'task', 68, 'NV-P15-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(287, '2024-09-17 08:00:00+00', 2, 24, 'task', 68, 'NV-P15-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(288, '2024-03-09 02:00:00+00', 2, 24, 'task', 69, 'NV-P15-08', 'task.create', NULL, 'not_started', '{"dueOn": "2027-06-18", "title": "Tổng hợp kiến nghị, đề xuất của Lào Cai gửi Ban Chỉ đạo Trung ương"}'),
	(289, '2024-03-11 02:00:00+00', 2, 24, 'task', 70, 'NV-P15-09', 'task.create', NULL, 'not_started', '{"dueOn": "2027-09-05", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Lào Cai"}'),
	(290, '2024-03-15 02:00:00+00', 2, 24, 'task', 71, 'NV-P15-10', 'task.create', NULL, 'not_started', '{"dueOn": "2024-05-09", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Lào Cai"}'),
	(291, '2024-03-17 01:30:00+00', 2, 24, 'task', 71, 'NV-P15-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(292, '2024-04-25 03:00:00+00', 2, 24, 'task', 71, 'NV-P15-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(293, '2024-04-27 08:00:00+00', 2, 24, 'task', 71, 'NV-P15-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(294, '2024-03-05 02:00:00+00', 2, 24, 'task', 72, 'NV-P15-11', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-01", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lào Cai"}'),
	(295, '2024-03-07 01:30:00+00', 2, 24, 'task', 72, 'NV-P15-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(296, '2025-08-14 03:00:00+00', 2, 24, 'task', 72, 'NV-P15-11', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(297, '2025-08-16 08:00:00+00', 2, 24, 'task', 72, 'NV-P15-11', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(298, '2024-03-08 02:00:00+00', 2, 24, 'task', 73, 'NV-P15-12', 'task.create', NULL, 'not_started', '{"dueOn": "2027-09-09", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lào Cai"}'),
	(299, '2024-03-10 01:30:00+00', 2, 24, 'task', 73, 'NV-P15-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(300, '2024-03-31 09:00:00+00', 2, 24, 'task', 73, 'NV-P15-12', 'task.progress', 'in_progress', 'in_progress', '{"progress": 36}'),
	(301, '2024-04-17 02:00:00+00', 2, 25, 'task', 74, 'NV-P19-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-20", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Thái Nguyên"}'),
	(302, '2024-04-19 01:30:00+00', 2, 25, 'task', 74, 'NV-P19-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(303, '2025-01-12 03:00:00+00', 2, 25, 'task', 74, 'NV-P19-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(304, '2025-01-14 08:00:00+00', 2, 25, 'task', 74, 'NV-P19-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(305, '2024-04-06 02:00:00+00', 2, 25, 'task', 75, 'NV-P19-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-08-24", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Thái Nguyên"}'),
	(306, '2024-04-08 01:30:00+00', 2, 25, 'task', 75, 'NV-P19-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(307, '2025-09-23 03:00:00+00', 2, 25, 'task', 75, 'NV-P19-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(308, '2025-09-25 08:00:00+00', 2, 25, 'task', 75, 'NV-P19-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(309, '2024-04-16 02:00:00+00', 2, 25, 'task', 76, 'NV-P19-03', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-03", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Thái Nguyên"}'),
	(310, '2024-04-18 01:30:00+00', 2, 25, 'task', 76, 'NV-P19-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(311, '2026-02-11 03:00:00+00', 2, 25, 'task', 76, 'NV-P19-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(312, '2026-02-13 08:00:00+00', 2, 25, 'task', 76, 'NV-P19-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(313, '2024-04-14 02:00:00+00', 2, 25, 'task', 77, 'NV-P19-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-19", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Thái Nguyên"}'),
	(314, '2024-04-16 01:30:00+00', 2, 25, 'task', 77, 'NV-P19-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(315, '2025-01-06 03:00:00+00', 2, 25, 'task', 77, 'NV-P19-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(316, '2025-01-08 08:00:00+00', 2, 25, 'task', 77, 'NV-P19-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(317, '2024-04-11 02:00:00+00', 2, 25, 'task', 78, 'NV-P19-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-06-29", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Thái Nguyên"}'),
	(318, '2024-05-11 07:00:00+00', 2, 25, 'task', 78, 'NV-P19-05', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(319, '2024-04-18 02:00:00+00', 2, 25, 'task', 79, 'NV-P19-06', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-15", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Thái Nguyên"}'),
	(320, '2024-05-18 07:00:00+00', 2, 25, 'task', 79, 'NV-P19-06', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(321, '2024-04-07 02:00:00+00', 2, 25, 'task', 80, 'NV-P19-07', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-01", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Thái Nguyên)"}'),
	(322, '2024-04-09 01:30:00+00', 2, 25, 'task', 80, 'NV-P19-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(323, '2025-10-13 03:00:00+00', 2, 25, 'task', 80, 'NV-P19-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(324, '2025-10-15 08:00:00+00', 2, 25, 'task', 80, 'NV-P19-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(325, '2024-05-29 02:00:00+00', 2, 26, 'task', 81, 'NV-P20-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-09", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lạng Sơn"}'),
	(326, '2024-05-31 01:30:00+00', 2, 26, 'task', 81, 'NV-P20-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(327, '2024-10-19 03:00:00+00', 2, 26, 'task', 81, 'NV-P20-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(328, '2024-10-21 08:00:00+00', 2, 26, 'task', 81, 'NV-P20-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(418, '2024-04-24 01:30:00+00', 2, 29, 'task', 111, 'NV-P25-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(329, '2024-05-18 02:00:00+00', 2, 26, 'task', 82, 'NV-P20-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-06-26", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lạng Sơn"}'),
	(330, '2024-05-20 01:30:00+00', 2, 26, 'task', 82, 'NV-P20-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(331, '2024-06-10 09:00:00+00', 2, 26, 'task', 82, 'NV-P20-02', 'task.progress', 'in_progress', 'in_progress', '{"progress": 73}'),
	(332, '2024-05-26 02:00:00+00', 2, 26, 'task', 83, 'NV-P20-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-24", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lạng Sơn"}'),
	(333, '2024-05-28 01:30:00+00', 2, 26, 'task', 83, 'NV-P20-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(334, '2025-10-28 03:00:00+00', 2, 26, 'task', 83, 'NV-P20-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(335, '2025-10-30 08:00:00+00', 2, 26, 'task', 83, 'NV-P20-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(336, '2024-05-29 02:00:00+00', 2, 26, 'task', 84, 'NV-P20-04', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-11", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lạng Sơn"}'),
	(337, '2024-05-31 01:30:00+00', 2, 26, 'task', 84, 'NV-P20-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(338, '2024-06-21 09:00:00+00', 2, 26, 'task', 84, 'NV-P20-04', 'task.progress', 'in_progress', 'in_progress', '{"progress": 61}'),
	(339, '2024-05-18 02:00:00+00', 2, 26, 'task', 85, 'NV-P20-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-02", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lạng Sơn"}'),
	(340, '2024-05-20 01:30:00+00', 2, 26, 'task', 85, 'NV-P20-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(341, '2024-06-10 09:00:00+00', 2, 26, 'task', 85, 'NV-P20-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 83}'),
	(342, '2024-05-21 02:00:00+00', 2, 26, 'task', 86, 'NV-P20-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-16", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lạng Sơn"}'),
	(343, '2024-05-23 01:30:00+00', 2, 26, 'task', 86, 'NV-P20-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(344, '2024-12-23 03:00:00+00', 2, 26, 'task', 86, 'NV-P20-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(345, '2024-12-25 08:00:00+00', 2, 26, 'task', 86, 'NV-P20-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(346, '2024-05-16 02:00:00+00', 2, 26, 'task', 87, 'NV-P20-07', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-17", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Lạng Sơn)"}'),
	(347, '2024-05-18 01:30:00+00', 2, 26, 'task', 87, 'NV-P20-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(348, '2025-05-31 03:00:00+00', 2, 26, 'task', 87, 'NV-P20-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(349, '2025-06-02 08:00:00+00', 2, 26, 'task', 87, 'NV-P20-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(350, '2024-05-30 02:00:00+00', 2, 26, 'task', 88, 'NV-P20-08', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-11", "title": "Tổng hợp kiến nghị, đề xuất của Lạng Sơn gửi Ban Chỉ đạo Trung ương"}'),
	(351, '2024-06-01 01:30:00+00', 2, 26, 'task', 88, 'NV-P20-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(352, '2024-06-22 09:00:00+00', 2, 26, 'task', 88, 'NV-P20-08', 'task.progress', 'in_progress', 'in_progress', '{"progress": 44}'),
	(353, '2024-05-28 02:00:00+00', 2, 26, 'task', 89, 'NV-P20-09', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-24", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Lạng Sơn"}'),
	(354, '2024-05-30 01:30:00+00', 2, 26, 'task', 89, 'NV-P20-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(355, '2026-02-24 03:00:00+00', 2, 26, 'task', 89, 'NV-P20-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(356, '2026-02-26 08:00:00+00', 2, 26, 'task', 89, 'NV-P20-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(357, '2024-05-27 02:00:00+00', 2, 26, 'task', 90, 'NV-P20-10', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-24", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Lạng Sơn"}'),
	(358, '2024-05-29 01:30:00+00', 2, 26, 'task', 90, 'NV-P20-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(359, '2024-11-23 03:00:00+00', 2, 26, 'task', 90, 'NV-P20-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(360, '2024-11-25 08:00:00+00', 2, 26, 'task', 90, 'NV-P20-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(361, '2024-05-20 02:00:00+00', 2, 26, 'task', 91, 'NV-P20-11', 'task.create', NULL, 'not_started', '{"dueOn": "2026-05-31", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lạng Sơn"}'),
	(362, '2024-05-22 01:30:00+00', 2, 26, 'task', 91, 'NV-P20-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(363, '2026-05-16 03:00:00+00', 2, 26, 'task', 91, 'NV-P20-11', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(364, '2024-04-26 02:00:00+00', 2, 27, 'task', 92, 'NV-P22-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-27", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Ninh"}'),
	(365, '2024-04-24 02:00:00+00', 2, 27, 'task', 93, 'NV-P22-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-06-23", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Ninh"}'),
	(366, '2024-04-30 02:00:00+00', 2, 27, 'task', 94, 'NV-P22-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-12", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Ninh"}'),
	(367, '2024-05-02 01:30:00+00', 2, 27, 'task', 94, 'NV-P22-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(368, '2024-10-01 03:00:00+00', 2, 27, 'task', 94, 'NV-P22-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(369, '2024-10-03 08:00:00+00', 2, 27, 'task', 94, 'NV-P22-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(370, '2024-04-24 02:00:00+00', 2, 27, 'task', 95, 'NV-P22-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-07", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Ninh"}'),
	(371, '2024-04-26 01:30:00+00', 2, 27, 'task', 95, 'NV-P22-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(372, '2025-04-07 03:00:00+00', 2, 27, 'task', 95, 'NV-P22-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(373, '2025-04-09 08:00:00+00', 2, 27, 'task', 95, 'NV-P22-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(464, '2024-05-06 08:00:00+00', 2, 31, 'task', 125, 'NV-P33-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(374, '2024-04-29 02:00:00+00', 2, 27, 'task', 96, 'NV-P22-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-01", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Quảng Ninh"}'),
	(375, '2024-05-29 07:00:00+00', 2, 27, 'task', 96, 'NV-P22-05', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(376, '2024-04-28 02:00:00+00', 2, 27, 'task', 97, 'NV-P22-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-10", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Quảng Ninh"}'),
	(377, '2024-04-30 01:30:00+00', 2, 27, 'task', 97, 'NV-P22-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(378, '2025-05-23 03:00:00+00', 2, 27, 'task', 97, 'NV-P22-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(379, '2024-04-10 02:00:00+00', 2, 28, 'task', 98, 'NV-P24-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-12-14", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Bắc Ninh"}'),
	(380, '2024-04-12 01:30:00+00', 2, 28, 'task', 98, 'NV-P24-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(381, '2024-05-03 09:00:00+00', 2, 28, 'task', 98, 'NV-P24-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 66}'),
	(382, '2024-03-29 02:00:00+00', 2, 28, 'task', 99, 'NV-P24-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-09", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Bắc Ninh"}'),
	(383, '2024-03-31 01:30:00+00', 2, 28, 'task', 99, 'NV-P24-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(384, '2024-04-21 09:00:00+00', 2, 28, 'task', 99, 'NV-P24-02', 'task.progress', 'in_progress', 'in_progress', '{"progress": 50}'),
	(385, '2024-03-26 02:00:00+00', 2, 28, 'task', 100, 'NV-P24-03', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-06", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Bắc Ninh"}'),
	(386, '2024-04-12 02:00:00+00', 2, 28, 'task', 101, 'NV-P24-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-03-06", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Bắc Ninh"}'),
	(387, '2024-04-14 01:30:00+00', 2, 28, 'task', 101, 'NV-P24-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(388, '2025-02-22 03:00:00+00', 2, 28, 'task', 101, 'NV-P24-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(389, '2025-02-24 08:00:00+00', 2, 28, 'task', 101, 'NV-P24-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(390, '2024-03-25 02:00:00+00', 2, 28, 'task', 102, 'NV-P24-05', 'task.create', NULL, 'not_started', '{"dueOn": "2026-11-30", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Bắc Ninh"}'),
	(391, '2024-04-11 02:00:00+00', 2, 28, 'task', 103, 'NV-P24-06', 'task.create', NULL, 'not_started', '{"dueOn": "2026-05-07", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Bắc Ninh"}'),
	(392, '2024-04-13 01:30:00+00', 2, 28, 'task', 103, 'NV-P24-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(393, '2026-03-23 03:00:00+00', 2, 28, 'task', 103, 'NV-P24-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(394, '2026-03-25 08:00:00+00', 2, 28, 'task', 103, 'NV-P24-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(395, '2024-04-06 02:00:00+00', 2, 28, 'task', 104, 'NV-P24-07', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-25", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Bắc Ninh)"}'),
	(396, '2024-04-08 01:30:00+00', 2, 28, 'task', 104, 'NV-P24-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(397, '2024-07-10 03:00:00+00', 2, 28, 'task', 104, 'NV-P24-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}');
INSERT INTO public.events VALUES
	(398, '2024-07-12 08:00:00+00', 2, 28, 'task', 104, 'NV-P24-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(399, '2024-04-12 02:00:00+00', 2, 28, 'task', 105, 'NV-P24-08', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-07", "title": "Tổng hợp kiến nghị, đề xuất của Bắc Ninh gửi Ban Chỉ đạo Trung ương"}'),
	(400, '2024-04-14 01:30:00+00', 2, 28, 'task', 105, 'NV-P24-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(401, '2024-06-08 03:00:00+00', 2, 28, 'task', 105, 'NV-P24-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(402, '2024-06-10 08:00:00+00', 2, 28, 'task', 105, 'NV-P24-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(403, '2024-03-26 02:00:00+00', 2, 28, 'task', 106, 'NV-P24-09', 'task.create', NULL, 'not_started', '{"dueOn": "2026-03-27", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Bắc Ninh"}'),
	(404, '2024-03-28 01:30:00+00', 2, 28, 'task', 106, 'NV-P24-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(405, '2024-04-18 09:00:00+00', 2, 28, 'task', 106, 'NV-P24-09', 'task.progress', 'in_progress', 'in_progress', '{"progress": 21}'),
	(406, '2024-04-11 02:00:00+00', 2, 28, 'task', 107, 'NV-P24-10', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-28", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Bắc Ninh"}'),
	(407, '2024-04-13 01:30:00+00', 2, 28, 'task', 107, 'NV-P24-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(408, '2024-05-04 09:00:00+00', 2, 28, 'task', 107, 'NV-P24-10', 'task.progress', 'in_progress', 'in_progress', '{"progress": 90}'),
	(409, '2024-03-31 02:00:00+00', 2, 28, 'task', 108, 'NV-P24-11', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-01", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Bắc Ninh"}'),
	(410, '2024-04-11 02:00:00+00', 2, 28, 'task', 109, 'NV-P24-12', 'task.create', NULL, 'not_started', '{"dueOn": "2027-05-21", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Bắc Ninh"}'),
	(411, '2024-04-13 01:30:00+00', 2, 28, 'task', 109, 'NV-P24-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(412, '2024-05-04 09:00:00+00', 2, 28, 'task', 109, 'NV-P24-12', 'task.progress', 'in_progress', 'in_progress', '{"progress": 65}'),
	(413, '2024-04-15 02:00:00+00', 2, 29, 'task', 110, 'NV-P25-01', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-19", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Phú Thọ"}'),
	(414, '2024-04-17 01:30:00+00', 2, 29, 'task', 110, 'NV-P25-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(415, '2026-04-16 03:00:00+00', 2, 29, 'task', 110, 'NV-P25-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(416, '2026-04-18 08:00:00+00', 2, 29, 'task', 110, 'NV-P25-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(417, '2024-04-22 02:00:00+00', 2, 29, 'task', 111, 'NV-P25-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-10", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Phú Thọ"}'),
	(419, '2024-05-15 09:00:00+00', 2, 29, 'task', 111, 'NV-P25-02', 'task.progress', 'in_progress', 'in_progress', '{"progress": 16}'),
	(420, '2024-04-14 02:00:00+00', 2, 29, 'task', 112, 'NV-P25-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-27", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Phú Thọ"}'),
	(421, '2024-04-16 01:30:00+00', 2, 29, 'task', 112, 'NV-P25-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(422, '2025-08-07 03:00:00+00', 2, 29, 'task', 112, 'NV-P25-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(423, '2025-08-09 08:00:00+00', 2, 29, 'task', 112, 'NV-P25-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(424, '2024-04-26 02:00:00+00', 2, 29, 'task', 113, 'NV-P25-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-20", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Phú Thọ"}'),
	(425, '2024-04-28 01:30:00+00', 2, 29, 'task', 113, 'NV-P25-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(426, '2025-02-09 03:00:00+00', 2, 29, 'task', 113, 'NV-P25-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(427, '2024-04-16 02:00:00+00', 2, 29, 'task', 114, 'NV-P25-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-05", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Phú Thọ"}'),
	(428, '2024-04-18 01:30:00+00', 2, 29, 'task', 114, 'NV-P25-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(429, '2025-09-29 03:00:00+00', 2, 29, 'task', 114, 'NV-P25-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(430, '2025-10-01 08:00:00+00', 2, 29, 'task', 114, 'NV-P25-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(431, '2024-04-25 02:00:00+00', 2, 29, 'task', 115, 'NV-P25-06', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-27", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Phú Thọ"}'),
	(432, '2024-04-27 01:30:00+00', 2, 29, 'task', 115, 'NV-P25-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(433, '2024-07-29 03:00:00+00', 2, 29, 'task', 115, 'NV-P25-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(434, '2024-07-31 08:00:00+00', 2, 29, 'task', 115, 'NV-P25-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(435, '2024-04-22 02:00:00+00', 2, 29, 'task', 116, 'NV-P25-07', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-23", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Phú Thọ)"}'),
	(436, '2024-04-24 01:30:00+00', 2, 29, 'task', 116, 'NV-P25-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(437, '2025-12-27 03:00:00+00', 2, 29, 'task', 116, 'NV-P25-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(438, '2025-12-29 08:00:00+00', 2, 29, 'task', 116, 'NV-P25-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(439, '2024-04-20 02:00:00+00', 2, 29, 'task', 117, 'NV-P25-08', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-16", "title": "Tổng hợp kiến nghị, đề xuất của Phú Thọ gửi Ban Chỉ đạo Trung ương"}'),
	(440, '2024-04-22 01:30:00+00', 2, 29, 'task', 117, 'NV-P25-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(441, '2024-05-23 03:00:00+00', 2, 29, 'task', 117, 'NV-P25-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(442, '2024-05-25 08:00:00+00', 2, 29, 'task', 117, 'NV-P25-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(443, '2024-04-24 02:00:00+00', 2, 29, 'task', 118, 'NV-P25-09', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-26", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Phú Thọ"}'),
	(444, '2024-04-29 02:00:00+00', 2, 29, 'task', 119, 'NV-P25-10', 'task.create', NULL, 'not_started', '{"dueOn": "2026-12-07", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Phú Thọ"}'),
	(445, '2024-04-25 02:00:00+00', 2, 29, 'task', 120, 'NV-P25-11', 'task.create', NULL, 'not_started', '{"dueOn": "2025-05-22", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Phú Thọ"}'),
	(446, '2024-04-18 02:00:00+00', 2, 29, 'task', 121, 'NV-P25-12', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-27", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Phú Thọ"}'),
	(447, '2024-04-20 01:30:00+00', 2, 29, 'task', 121, 'NV-P25-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(448, '2024-05-11 09:00:00+00', 2, 29, 'task', 121, 'NV-P25-12', 'task.progress', 'in_progress', 'in_progress', '{"progress": 87}'),
	(449, '2024-04-25 02:00:00+00', 2, 29, 'task', 122, 'NV-P25-13', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-14", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Phú Thọ"}'),
	(450, '2024-04-27 01:30:00+00', 2, 29, 'task', 122, 'NV-P25-13', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(451, '2026-02-09 03:00:00+00', 2, 29, 'task', 122, 'NV-P25-13', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(452, '2026-02-11 08:00:00+00', 2, 29, 'task', 122, 'NV-P25-13', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(453, '2024-03-14 02:00:00+00', 2, 31, 'task', 123, 'NV-P33-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-31", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hưng Yên"}'),
	(454, '2024-03-16 01:30:00+00', 2, 31, 'task', 123, 'NV-P33-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(455, '2025-10-28 03:00:00+00', 2, 31, 'task', 123, 'NV-P33-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(456, '2025-10-30 08:00:00+00', 2, 31, 'task', 123, 'NV-P33-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(457, '2024-03-10 02:00:00+00', 2, 31, 'task', 124, 'NV-P33-02', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-21", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hưng Yên"}'),
	(458, '2024-03-12 01:30:00+00', 2, 31, 'task', 124, 'NV-P33-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(459, '2026-01-11 03:00:00+00', 2, 31, 'task', 124, 'NV-P33-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(460, '2026-01-13 08:00:00+00', 2, 31, 'task', 124, 'NV-P33-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(461, '2024-03-04 02:00:00+00', 2, 31, 'task', 125, 'NV-P33-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-29", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hưng Yên"}'),
	(462, '2024-03-06 01:30:00+00', 2, 31, 'task', 125, 'NV-P33-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(463, '2024-05-04 03:00:00+00', 2, 31, 'task', 125, 'NV-P33-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(465, '2024-03-19 02:00:00+00', 2, 31, 'task', 126, 'NV-P33-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-06", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hưng Yên"}'),
	(466, '2024-03-21 01:30:00+00', 2, 31, 'task', 126, 'NV-P33-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(467, '2025-01-01 03:00:00+00', 2, 31, 'task', 126, 'NV-P33-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(468, '2025-01-03 08:00:00+00', 2, 31, 'task', 126, 'NV-P33-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(469, '2024-03-08 02:00:00+00', 2, 31, 'task', 127, 'NV-P33-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-29", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hưng Yên"}'),
	(470, '2024-03-07 02:00:00+00', 2, 31, 'task', 128, 'NV-P33-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-06", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hưng Yên"}'),
	(471, '2024-03-09 01:30:00+00', 2, 31, 'task', 128, 'NV-P33-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(472, '2025-03-02 03:00:00+00', 2, 31, 'task', 128, 'NV-P33-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(473, '2025-03-04 08:00:00+00', 2, 31, 'task', 128, 'NV-P33-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(474, '2024-03-09 02:00:00+00', 2, 31, 'task', 129, 'NV-P33-07', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-25", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Hưng Yên)"}'),
	(475, '2024-03-12 02:00:00+00', 2, 31, 'task', 130, 'NV-P33-08', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-02", "title": "Tổng hợp kiến nghị, đề xuất của Hưng Yên gửi Ban Chỉ đạo Trung ương"}'),
	(476, '2024-03-14 01:30:00+00', 2, 31, 'task', 130, 'NV-P33-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(477, '2024-08-26 03:00:00+00', 2, 31, 'task', 130, 'NV-P33-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(478, '2024-08-28 08:00:00+00', 2, 31, 'task', 130, 'NV-P33-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(479, '2024-03-24 02:00:00+00', 2, 32, 'task', 131, 'NV-P37-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-29", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Ninh Bình"}'),
	(480, '2024-04-03 02:00:00+00', 2, 32, 'task', 132, 'NV-P37-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-04-03", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Ninh Bình"}'),
	(481, '2024-03-24 02:00:00+00', 2, 32, 'task', 133, 'NV-P37-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-05", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Ninh Bình"}'),
	(482, '2024-03-26 01:30:00+00', 2, 32, 'task', 133, 'NV-P37-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(483, '2024-12-08 03:00:00+00', 2, 32, 'task', 133, 'NV-P37-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(484, '2024-12-10 08:00:00+00', 2, 32, 'task', 133, 'NV-P37-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(485, '2024-03-23 02:00:00+00', 2, 32, 'task', 134, 'NV-P37-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-03-31", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Ninh Bình"}'),
	(486, '2024-03-25 01:30:00+00', 2, 32, 'task', 134, 'NV-P37-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(487, '2025-03-30 03:00:00+00', 2, 32, 'task', 134, 'NV-P37-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(488, '2025-04-01 08:00:00+00', 2, 32, 'task', 134, 'NV-P37-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(489, '2024-03-25 02:00:00+00', 2, 32, 'task', 135, 'NV-P37-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-27", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Ninh Bình"}'),
	(490, '2024-03-27 01:30:00+00', 2, 32, 'task', 135, 'NV-P37-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(491, '2024-06-23 03:00:00+00', 2, 32, 'task', 135, 'NV-P37-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(492, '2024-06-25 08:00:00+00', 2, 32, 'task', 135, 'NV-P37-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(493, '2024-03-27 02:00:00+00', 2, 32, 'task', 136, 'NV-P37-06', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-07", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Ninh Bình"}'),
	(494, '2024-03-29 01:30:00+00', 2, 32, 'task', 136, 'NV-P37-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(495, '2024-04-19 09:00:00+00', 2, 32, 'task', 136, 'NV-P37-06', 'task.progress', 'in_progress', 'in_progress', '{"progress": 56}'),
	(496, '2024-03-28 02:00:00+00', 2, 32, 'task', 137, 'NV-P37-07', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-06", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Ninh Bình)"}'),
	(497, '2024-03-30 01:30:00+00', 2, 32, 'task', 137, 'NV-P37-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(498, '2024-07-14 03:00:00+00', 2, 32, 'task', 137, 'NV-P37-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(499, '2024-03-25 02:00:00+00', 2, 32, 'task', 138, 'NV-P37-08', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-29", "title": "Tổng hợp kiến nghị, đề xuất của Ninh Bình gửi Ban Chỉ đạo Trung ương"}'),
	(500, '2024-03-26 02:00:00+00', 2, 32, 'task', 139, 'NV-P37-09', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-16", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Ninh Bình"}'),
	(501, '2024-03-28 01:30:00+00', 2, 32, 'task', 139, 'NV-P37-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(502, '2024-10-25 03:00:00+00', 2, 32, 'task', 139, 'NV-P37-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(503, '2024-10-27 08:00:00+00', 2, 32, 'task', 139, 'NV-P37-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(504, '2024-04-03 02:00:00+00', 2, 32, 'task', 140, 'NV-P37-10', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-26", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Ninh Bình"}'),
	(505, '2024-04-05 01:30:00+00', 2, 32, 'task', 140, 'NV-P37-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(506, '2024-04-26 09:00:00+00', 2, 32, 'task', 140, 'NV-P37-10', 'task.progress', 'in_progress', 'in_progress', '{"progress": 52}'),
	(507, '2024-03-21 02:00:00+00', 2, 32, 'task', 141, 'NV-P37-11', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-25", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Ninh Bình"}'),
	(508, '2024-03-23 01:30:00+00', 2, 32, 'task', 141, 'NV-P37-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(509, '2024-10-31 03:00:00+00', 2, 32, 'task', 141, 'NV-P37-11', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(510, '2024-11-02 08:00:00+00', 2, 32, 'task', 141, 'NV-P37-11', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(511, '2024-04-03 02:00:00+00', 2, 32, 'task', 142, 'NV-P37-12', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-24", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Ninh Bình"}'),
	(512, '2024-04-05 01:30:00+00', 2, 32, 'task', 142, 'NV-P37-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(513, '2024-04-26 09:00:00+00', 2, 32, 'task', 142, 'NV-P37-12', 'task.progress', 'in_progress', 'in_progress', '{"progress": 60}'),
	(514, '2024-03-28 02:00:00+00', 2, 32, 'task', 143, 'NV-P37-13', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-12", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Ninh Bình"}'),
	(515, '2024-03-30 01:30:00+00', 2, 32, 'task', 143, 'NV-P37-13', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(516, '2024-04-18 03:00:00+00', 2, 32, 'task', 143, 'NV-P37-13', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(517, '2024-04-20 08:00:00+00', 2, 32, 'task', 143, 'NV-P37-13', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(518, '2024-06-14 02:00:00+00', 2, 33, 'task', 144, 'NV-P38-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-06-03", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Thanh Hóa"}'),
	(519, '2024-06-16 01:30:00+00', 2, 33, 'task', 144, 'NV-P38-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(520, '2025-05-20 03:00:00+00', 2, 33, 'task', 144, 'NV-P38-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(521, '2025-05-22 08:00:00+00', 2, 33, 'task', 144, 'NV-P38-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(522, '2024-06-14 02:00:00+00', 2, 33, 'task', 145, 'NV-P38-02', 'task.create', NULL, 'not_started', '{"dueOn": "2026-01-27", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Thanh Hóa"}'),
	(523, '2024-06-16 01:30:00+00', 2, 33, 'task', 145, 'NV-P38-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(524, '2025-12-23 03:00:00+00', 2, 33, 'task', 145, 'NV-P38-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(525, '2025-12-25 08:00:00+00', 2, 33, 'task', 145, 'NV-P38-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(526, '2024-06-20 02:00:00+00', 2, 33, 'task', 146, 'NV-P38-03', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-01", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Thanh Hóa"}'),
	(527, '2024-06-22 01:30:00+00', 2, 33, 'task', 146, 'NV-P38-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(528, '2026-03-13 03:00:00+00', 2, 33, 'task', 146, 'NV-P38-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(529, '2026-03-15 08:00:00+00', 2, 33, 'task', 146, 'NV-P38-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(530, '2024-06-11 02:00:00+00', 2, 33, 'task', 147, 'NV-P38-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-30", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Thanh Hóa"}'),
	(531, '2024-06-13 01:30:00+00', 2, 33, 'task', 147, 'NV-P38-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(532, '2024-07-04 09:00:00+00', 2, 33, 'task', 147, 'NV-P38-04', 'task.progress', 'in_progress', 'in_progress', '{"progress": 68}'),
	(533, '2024-06-25 02:00:00+00', 2, 33, 'task', 148, 'NV-P38-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-22", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Thanh Hóa"}'),
	(534, '2024-06-27 01:30:00+00', 2, 33, 'task', 148, 'NV-P38-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(535, '2024-09-09 03:00:00+00', 2, 33, 'task', 148, 'NV-P38-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(536, '2024-09-11 08:00:00+00', 2, 33, 'task', 148, 'NV-P38-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(537, '2024-06-14 02:00:00+00', 2, 33, 'task', 149, 'NV-P38-06', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-23", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Thanh Hóa"}'),
	(538, '2024-06-16 01:30:00+00', 2, 33, 'task', 149, 'NV-P38-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(539, '2024-07-07 09:00:00+00', 2, 33, 'task', 149, 'NV-P38-06', 'task.progress', 'in_progress', 'in_progress', '{"progress": 89}'),
	(540, '2024-04-16 02:00:00+00', 2, 34, 'task', 150, 'NV-P40-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-12-22", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Nghệ An"}'),
	(541, '2024-04-18 01:30:00+00', 2, 34, 'task', 150, 'NV-P40-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(542, '2024-05-09 09:00:00+00', 2, 34, 'task', 150, 'NV-P40-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 27}'),
	(543, '2024-04-11 02:00:00+00', 2, 34, 'task', 151, 'NV-P40-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-14", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Nghệ An"}'),
	(544, '2024-04-13 01:30:00+00', 2, 34, 'task', 151, 'NV-P40-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(545, '2025-09-25 03:00:00+00', 2, 34, 'task', 151, 'NV-P40-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(546, '2024-04-23 02:00:00+00', 2, 34, 'task', 152, 'NV-P40-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-21", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Nghệ An"}'),
	(547, '2024-04-28 02:00:00+00', 2, 34, 'task', 153, 'NV-P40-04', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-12", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Nghệ An"}'),
	(548, '2024-04-30 01:30:00+00', 2, 34, 'task', 153, 'NV-P40-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(549, '2026-03-12 03:00:00+00', 2, 34, 'task', 153, 'NV-P40-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(550, '2024-04-23 02:00:00+00', 2, 34, 'task', 154, 'NV-P40-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-05-15", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Nghệ An"}'),
	(551, '2024-04-25 01:30:00+00', 2, 34, 'task', 154, 'NV-P40-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(552, '2024-05-16 09:00:00+00', 2, 34, 'task', 154, 'NV-P40-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 18}'),
	(553, '2024-04-11 02:00:00+00', 2, 34, 'task', 155, 'NV-P40-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-03-06", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Nghệ An"}'),
	(554, '2024-04-13 01:30:00+00', 2, 34, 'task', 155, 'NV-P40-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(555, '2025-03-24 03:00:00+00', 2, 34, 'task', 155, 'NV-P40-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(556, '2025-03-26 08:00:00+00', 2, 34, 'task', 155, 'NV-P40-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(557, '2024-04-21 02:00:00+00', 2, 34, 'task', 156, 'NV-P40-07', 'task.create', NULL, 'not_started', '{"dueOn": "2027-10-25", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Nghệ An)"}'),
	(558, '2024-04-23 01:30:00+00', 2, 34, 'task', 156, 'NV-P40-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(559, '2024-05-14 09:00:00+00', 2, 34, 'task', 156, 'NV-P40-07', 'task.progress', 'in_progress', 'in_progress', '{"progress": 82}'),
	(560, '2024-04-24 02:00:00+00', 2, 34, 'task', 157, 'NV-P40-08', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-10", "title": "Tổng hợp kiến nghị, đề xuất của Nghệ An gửi Ban Chỉ đạo Trung ương"}'),
	(561, '2024-04-26 01:30:00+00', 2, 34, 'task', 157, 'NV-P40-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(562, '2024-07-09 03:00:00+00', 2, 34, 'task', 157, 'NV-P40-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(563, '2024-07-11 08:00:00+00', 2, 34, 'task', 157, 'NV-P40-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(564, '2024-05-29 02:00:00+00', 2, 35, 'task', 158, 'NV-P42-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-05", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hà Tĩnh"}'),
	(565, '2024-05-31 01:30:00+00', 2, 35, 'task', 158, 'NV-P42-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(566, '2024-06-21 09:00:00+00', 2, 35, 'task', 158, 'NV-P42-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 85}'),
	(567, '2024-06-14 02:00:00+00', 2, 35, 'task', 159, 'NV-P42-02', 'task.create', NULL, 'not_started', '{"dueOn": "2026-01-03", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hà Tĩnh"}'),
	(568, '2024-06-16 01:30:00+00', 2, 35, 'task', 159, 'NV-P42-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(569, '2026-01-26 03:00:00+00', 2, 35, 'task', 159, 'NV-P42-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(570, '2026-01-28 08:00:00+00', 2, 35, 'task', 159, 'NV-P42-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(571, '2024-06-13 02:00:00+00', 2, 35, 'task', 160, 'NV-P42-03', 'task.create', NULL, 'not_started', '{"dueOn": "2026-05-09", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hà Tĩnh"}'),
	(572, '2024-07-13 07:00:00+00', 2, 35, 'task', 160, 'NV-P42-03', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(573, '2024-06-05 02:00:00+00', 2, 35, 'task', 161, 'NV-P42-04', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-26", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hà Tĩnh"}'),
	(574, '2024-06-07 01:30:00+00', 2, 35, 'task', 161, 'NV-P42-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(575, '2026-04-21 03:00:00+00', 2, 35, 'task', 161, 'NV-P42-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(576, '2026-04-23 08:00:00+00', 2, 35, 'task', 161, 'NV-P42-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(577, '2024-06-14 02:00:00+00', 2, 35, 'task', 162, 'NV-P42-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-04", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hà Tĩnh"}'),
	(578, '2024-06-16 01:30:00+00', 2, 35, 'task', 162, 'NV-P42-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(579, '2024-07-07 09:00:00+00', 2, 35, 'task', 162, 'NV-P42-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 28}'),
	(580, '2024-05-29 02:00:00+00', 2, 35, 'task', 163, 'NV-P42-06', 'task.create', NULL, 'not_started', '{"dueOn": "2026-06-16", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hà Tĩnh"}'),
	(581, '2024-05-31 01:30:00+00', 2, 35, 'task', 163, 'NV-P42-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(582, '2026-07-03 03:00:00+00', 2, 35, 'task', 163, 'NV-P42-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(583, '2026-07-05 08:00:00+00', 2, 35, 'task', 163, 'NV-P42-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(584, '2024-06-02 02:00:00+00', 2, 35, 'task', 164, 'NV-P42-07', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-11", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Hà Tĩnh)"}'),
	(585, '2024-06-04 01:30:00+00', 2, 35, 'task', 164, 'NV-P42-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(586, '2025-09-22 03:00:00+00', 2, 35, 'task', 164, 'NV-P42-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(587, '2025-09-24 08:00:00+00', 2, 35, 'task', 164, 'NV-P42-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(588, '2024-06-15 02:00:00+00', 2, 35, 'task', 165, 'NV-P42-08', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-24", "title": "Tổng hợp kiến nghị, đề xuất của Hà Tĩnh gửi Ban Chỉ đạo Trung ương"}'),
	(589, '2024-05-31 02:00:00+00', 2, 35, 'task', 166, 'NV-P42-09', 'task.create', NULL, 'not_started', '{"dueOn": "2025-08-13", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Hà Tĩnh"}'),
	(590, '2024-06-02 01:30:00+00', 2, 35, 'task', 166, 'NV-P42-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(591, '2025-07-06 03:00:00+00', 2, 35, 'task', 166, 'NV-P42-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(592, '2025-07-08 08:00:00+00', 2, 35, 'task', 166, 'NV-P42-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(593, '2024-06-13 02:00:00+00', 2, 35, 'task', 167, 'NV-P42-10', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-02", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Hà Tĩnh"}'),
	(594, '2024-06-15 01:30:00+00', 2, 35, 'task', 167, 'NV-P42-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(595, '2024-10-06 03:00:00+00', 2, 35, 'task', 167, 'NV-P42-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(596, '2024-10-08 08:00:00+00', 2, 35, 'task', 167, 'NV-P42-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(597, '2024-05-28 02:00:00+00', 2, 35, 'task', 168, 'NV-P42-11', 'task.create', NULL, 'not_started', '{"dueOn": "2027-02-09", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hà Tĩnh"}'),
	(598, '2024-05-30 01:30:00+00', 2, 35, 'task', 168, 'NV-P42-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(599, '2024-06-20 09:00:00+00', 2, 35, 'task', 168, 'NV-P42-11', 'task.progress', 'in_progress', 'in_progress', '{"progress": 84}');
INSERT INTO public.events VALUES
	(692, '2025-05-28 08:00:00+00', 2, 38, 'task', 196, 'NV-P48-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(600, '2024-06-04 02:00:00+00', 2, 35, 'task', 169, 'NV-P42-12', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-29", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hà Tĩnh"}'),
	(601, '2024-04-12 02:00:00+00', 2, 36, 'task', 170, 'NV-P44-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-01-21", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Trị"}'),
	(602, '2024-04-14 01:30:00+00', 2, 36, 'task', 170, 'NV-P44-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(603, '2024-11-27 03:00:00+00', 2, 36, 'task', 170, 'NV-P44-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(604, '2024-04-20 02:00:00+00', 2, 36, 'task', 171, 'NV-P44-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-21", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Trị"}'),
	(605, '2024-04-22 01:30:00+00', 2, 36, 'task', 171, 'NV-P44-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(606, '2024-06-27 03:00:00+00', 2, 36, 'task', 171, 'NV-P44-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(607, '2024-06-29 08:00:00+00', 2, 36, 'task', 171, 'NV-P44-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(608, '2024-04-12 02:00:00+00', 2, 36, 'task', 172, 'NV-P44-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-09", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Trị"}'),
	(609, '2024-04-14 01:30:00+00', 2, 36, 'task', 172, 'NV-P44-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(610, '2025-06-22 03:00:00+00', 2, 36, 'task', 172, 'NV-P44-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(611, '2025-06-24 08:00:00+00', 2, 36, 'task', 172, 'NV-P44-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(612, '2024-04-10 02:00:00+00', 2, 36, 'task', 173, 'NV-P44-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-09", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Trị"}'),
	(613, '2024-04-12 01:30:00+00', 2, 36, 'task', 173, 'NV-P44-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(614, '2024-08-24 03:00:00+00', 2, 36, 'task', 173, 'NV-P44-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(615, '2024-08-26 08:00:00+00', 2, 36, 'task', 173, 'NV-P44-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(616, '2024-04-20 02:00:00+00', 2, 36, 'task', 174, 'NV-P44-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-30", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Quảng Trị"}'),
	(617, '2024-04-22 01:30:00+00', 2, 36, 'task', 174, 'NV-P44-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(618, '2025-03-14 03:00:00+00', 2, 36, 'task', 174, 'NV-P44-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(619, '2024-04-22 02:00:00+00', 2, 36, 'task', 175, 'NV-P44-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-23", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Quảng Trị"}'),
	(620, '2024-04-24 01:30:00+00', 2, 36, 'task', 175, 'NV-P44-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(621, '2025-05-30 03:00:00+00', 2, 36, 'task', 175, 'NV-P44-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(622, '2025-06-01 08:00:00+00', 2, 36, 'task', 175, 'NV-P44-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(623, '2024-04-21 02:00:00+00', 2, 36, 'task', 176, 'NV-P44-07', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-22", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Quảng Trị)"}'),
	(624, '2024-04-23 01:30:00+00', 2, 36, 'task', 176, 'NV-P44-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(625, '2024-05-14 09:00:00+00', 2, 36, 'task', 176, 'NV-P44-07', 'task.progress', 'in_progress', 'in_progress', '{"progress": 73}'),
	(626, '2024-04-14 02:00:00+00', 2, 36, 'task', 177, 'NV-P44-08', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-16", "title": "Tổng hợp kiến nghị, đề xuất của Quảng Trị gửi Ban Chỉ đạo Trung ương"}'),
	(627, '2024-04-16 01:30:00+00', 2, 36, 'task', 177, 'NV-P44-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(628, '2025-02-25 03:00:00+00', 2, 36, 'task', 177, 'NV-P44-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(629, '2025-02-27 08:00:00+00', 2, 36, 'task', 177, 'NV-P44-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(630, '2024-04-14 02:00:00+00', 2, 36, 'task', 178, 'NV-P44-09', 'task.create', NULL, 'not_started', '{"dueOn": "2025-06-12", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Quảng Trị"}'),
	(631, '2024-05-14 07:00:00+00', 2, 36, 'task', 178, 'NV-P44-09', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(632, '2024-04-12 02:00:00+00', 2, 36, 'task', 179, 'NV-P44-10', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-14", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Quảng Trị"}'),
	(633, '2024-04-14 01:30:00+00', 2, 36, 'task', 179, 'NV-P44-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(634, '2025-01-05 03:00:00+00', 2, 36, 'task', 179, 'NV-P44-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(635, '2025-01-07 08:00:00+00', 2, 36, 'task', 179, 'NV-P44-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(636, '2024-04-14 02:00:00+00', 2, 36, 'task', 180, 'NV-P44-11', 'task.create', NULL, 'not_started', '{"dueOn": "2027-10-16", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Trị"}'),
	(637, '2024-04-16 01:30:00+00', 2, 36, 'task', 180, 'NV-P44-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(638, '2024-05-07 09:00:00+00', 2, 36, 'task', 180, 'NV-P44-11', 'task.progress', 'in_progress', 'in_progress', '{"progress": 35}'),
	(639, '2024-04-24 02:00:00+00', 2, 36, 'task', 181, 'NV-P44-12', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-02", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Trị"}'),
	(640, '2024-04-24 02:00:00+00', 2, 36, 'task', 182, 'NV-P44-13', 'task.create', NULL, 'not_started', '{"dueOn": "2027-05-31", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Trị"}'),
	(641, '2024-03-20 02:00:00+00', 2, 37, 'task', 183, 'NV-P46-01', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-28", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Huế"}'),
	(642, '2024-03-22 01:30:00+00', 2, 37, 'task', 183, 'NV-P46-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(643, '2026-01-07 03:00:00+00', 2, 37, 'task', 183, 'NV-P46-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(644, '2026-01-09 08:00:00+00', 2, 37, 'task', 183, 'NV-P46-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(645, '2024-03-09 02:00:00+00', 2, 37, 'task', 184, 'NV-P46-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-29", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Huế"}'),
	(646, '2024-03-11 01:30:00+00', 2, 37, 'task', 184, 'NV-P46-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(647, '2024-09-24 03:00:00+00', 2, 37, 'task', 184, 'NV-P46-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(648, '2024-09-26 08:00:00+00', 2, 37, 'task', 184, 'NV-P46-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(649, '2024-03-20 02:00:00+00', 2, 37, 'task', 185, 'NV-P46-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-27", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Huế"}'),
	(650, '2024-03-22 01:30:00+00', 2, 37, 'task', 185, 'NV-P46-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(651, '2025-12-08 03:00:00+00', 2, 37, 'task', 185, 'NV-P46-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(652, '2025-12-10 08:00:00+00', 2, 37, 'task', 185, 'NV-P46-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(653, '2024-03-15 02:00:00+00', 2, 37, 'task', 186, 'NV-P46-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-30", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Huế"}'),
	(654, '2024-03-17 01:30:00+00', 2, 37, 'task', 186, 'NV-P46-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(655, '2024-08-14 03:00:00+00', 2, 37, 'task', 186, 'NV-P46-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(656, '2024-08-16 08:00:00+00', 2, 37, 'task', 186, 'NV-P46-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(657, '2024-03-14 02:00:00+00', 2, 37, 'task', 187, 'NV-P46-05', 'task.create', NULL, 'not_started', '{"dueOn": "2026-01-14", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Huế"}'),
	(658, '2024-03-16 01:30:00+00', 2, 37, 'task', 187, 'NV-P46-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(659, '2026-02-04 03:00:00+00', 2, 37, 'task', 187, 'NV-P46-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(660, '2026-02-06 08:00:00+00', 2, 37, 'task', 187, 'NV-P46-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(661, '2024-03-20 02:00:00+00', 2, 37, 'task', 188, 'NV-P46-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-19", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Huế"}'),
	(662, '2024-04-19 07:00:00+00', 2, 37, 'task', 188, 'NV-P46-06', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(663, '2024-03-08 02:00:00+00', 2, 37, 'task', 189, 'NV-P46-07', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-29", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Huế)"}'),
	(664, '2024-03-10 01:30:00+00', 2, 37, 'task', 189, 'NV-P46-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(665, '2025-10-10 03:00:00+00', 2, 37, 'task', 189, 'NV-P46-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(666, '2025-10-12 08:00:00+00', 2, 37, 'task', 189, 'NV-P46-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(667, '2024-03-18 02:00:00+00', 2, 37, 'task', 190, 'NV-P46-08', 'task.create', NULL, 'not_started', '{"dueOn": "2026-03-20", "title": "Tổng hợp kiến nghị, đề xuất của Huế gửi Ban Chỉ đạo Trung ương"}'),
	(668, '2024-03-20 01:30:00+00', 2, 37, 'task', 190, 'NV-P46-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(669, '2026-04-07 03:00:00+00', 2, 37, 'task', 190, 'NV-P46-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(670, '2026-04-09 08:00:00+00', 2, 37, 'task', 190, 'NV-P46-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(671, '2024-03-06 02:00:00+00', 2, 37, 'task', 191, 'NV-P46-09', 'task.create', NULL, 'not_started', '{"dueOn": "2025-03-16", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Huế"}'),
	(672, '2024-03-08 01:30:00+00', 2, 37, 'task', 191, 'NV-P46-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(673, '2025-03-15 03:00:00+00', 2, 37, 'task', 191, 'NV-P46-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(674, '2025-03-17 08:00:00+00', 2, 37, 'task', 191, 'NV-P46-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(675, '2024-03-09 02:00:00+00', 2, 37, 'task', 192, 'NV-P46-10', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-03", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Huế"}'),
	(676, '2024-03-11 01:30:00+00', 2, 37, 'task', 192, 'NV-P46-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(677, '2024-04-01 09:00:00+00', 2, 37, 'task', 192, 'NV-P46-10', 'task.progress', 'in_progress', 'in_progress', '{"progress": 51}'),
	(678, '2024-03-10 02:00:00+00', 2, 37, 'task', 193, 'NV-P46-11', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-06", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Huế"}'),
	(679, '2024-03-12 01:30:00+00', 2, 37, 'task', 193, 'NV-P46-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(680, '2025-03-19 03:00:00+00', 2, 37, 'task', 193, 'NV-P46-11', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(681, '2025-03-21 08:00:00+00', 2, 37, 'task', 193, 'NV-P46-11', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(682, '2024-03-19 02:00:00+00', 2, 37, 'task', 194, 'NV-P46-12', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-02", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Huế"}'),
	(683, '2024-03-21 01:30:00+00', 2, 37, 'task', 194, 'NV-P46-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(684, '2024-11-19 03:00:00+00', 2, 37, 'task', 194, 'NV-P46-12', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(685, '2024-11-21 08:00:00+00', 2, 37, 'task', 194, 'NV-P46-12', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(686, '2024-04-18 02:00:00+00', 2, 38, 'task', 195, 'NV-P48-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-04", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đà Nẵng"}'),
	(687, '2024-04-20 01:30:00+00', 2, 38, 'task', 195, 'NV-P48-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(688, '2024-05-11 09:00:00+00', 2, 38, 'task', 195, 'NV-P48-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 71}'),
	(689, '2024-04-20 02:00:00+00', 2, 38, 'task', 196, 'NV-P48-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-21", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đà Nẵng"}'),
	(690, '2024-04-22 01:30:00+00', 2, 38, 'task', 196, 'NV-P48-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(691, '2025-05-26 03:00:00+00', 2, 38, 'task', 196, 'NV-P48-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(693, '2024-04-21 02:00:00+00', 2, 38, 'task', 197, 'NV-P48-03', 'task.create', NULL, 'not_started', '{"dueOn": "2027-04-09", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đà Nẵng"}'),
	(694, '2024-04-11 02:00:00+00', 2, 38, 'task', 198, 'NV-P48-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-29", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đà Nẵng"}'),
	(695, '2024-04-13 01:30:00+00', 2, 38, 'task', 198, 'NV-P48-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(696, '2024-12-29 03:00:00+00', 2, 38, 'task', 198, 'NV-P48-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(697, '2024-04-19 02:00:00+00', 2, 38, 'task', 199, 'NV-P48-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-03-05", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đà Nẵng"}'),
	(698, '2024-04-21 01:30:00+00', 2, 38, 'task', 199, 'NV-P48-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(699, '2025-01-06 03:00:00+00', 2, 38, 'task', 199, 'NV-P48-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(700, '2025-01-08 08:00:00+00', 2, 38, 'task', 199, 'NV-P48-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(701, '2024-04-27 02:00:00+00', 2, 38, 'task', 200, 'NV-P48-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-05-10", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đà Nẵng"}'),
	(702, '2024-04-29 01:30:00+00', 2, 38, 'task', 200, 'NV-P48-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(703, '2025-03-22 03:00:00+00', 2, 38, 'task', 200, 'NV-P48-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(704, '2024-03-08 02:00:00+00', 2, 39, 'task', 201, 'NV-P51-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-11", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Ngãi"}'),
	(705, '2024-03-10 01:30:00+00', 2, 39, 'task', 201, 'NV-P51-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(706, '2024-03-31 09:00:00+00', 2, 39, 'task', 201, 'NV-P51-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 20}'),
	(707, '2024-03-18 02:00:00+00', 2, 39, 'task', 202, 'NV-P51-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-06-05", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Ngãi"}'),
	(708, '2024-03-20 01:30:00+00', 2, 39, 'task', 202, 'NV-P51-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(709, '2025-07-02 03:00:00+00', 2, 39, 'task', 202, 'NV-P51-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(710, '2025-07-04 08:00:00+00', 2, 39, 'task', 202, 'NV-P51-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(711, '2024-03-15 02:00:00+00', 2, 39, 'task', 203, 'NV-P51-03', 'task.create', NULL, 'not_started', '{"dueOn": "2027-12-14", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Ngãi"}'),
	(712, '2024-03-17 01:30:00+00', 2, 39, 'task', 203, 'NV-P51-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(713, '2024-04-07 09:00:00+00', 2, 39, 'task', 203, 'NV-P51-03', 'task.progress', 'in_progress', 'in_progress', '{"progress": 83}'),
	(714, '2024-03-08 02:00:00+00', 2, 39, 'task', 204, 'NV-P51-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-30", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Ngãi"}'),
	(715, '2024-03-10 01:30:00+00', 2, 39, 'task', 204, 'NV-P51-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(716, '2025-10-11 03:00:00+00', 2, 39, 'task', 204, 'NV-P51-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(717, '2025-10-13 08:00:00+00', 2, 39, 'task', 204, 'NV-P51-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(718, '2024-03-16 02:00:00+00', 2, 39, 'task', 205, 'NV-P51-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-22", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Quảng Ngãi"}'),
	(719, '2024-03-18 01:30:00+00', 2, 39, 'task', 205, 'NV-P51-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(720, '2024-08-17 03:00:00+00', 2, 39, 'task', 205, 'NV-P51-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(721, '2024-08-19 08:00:00+00', 2, 39, 'task', 205, 'NV-P51-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(722, '2024-03-05 02:00:00+00', 2, 39, 'task', 206, 'NV-P51-06', 'task.create', NULL, 'not_started', '{"dueOn": "2026-01-29", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Quảng Ngãi"}'),
	(723, '2024-03-07 01:30:00+00', 2, 39, 'task', 206, 'NV-P51-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(724, '2026-02-20 03:00:00+00', 2, 39, 'task', 206, 'NV-P51-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(725, '2026-02-22 08:00:00+00', 2, 39, 'task', 206, 'NV-P51-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(726, '2024-03-04 02:00:00+00', 2, 39, 'task', 207, 'NV-P51-07', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-11", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Quảng Ngãi)"}'),
	(727, '2024-03-06 01:30:00+00', 2, 39, 'task', 207, 'NV-P51-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(728, '2024-06-17 03:00:00+00', 2, 39, 'task', 207, 'NV-P51-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(729, '2024-06-19 08:00:00+00', 2, 39, 'task', 207, 'NV-P51-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(730, '2024-03-18 02:00:00+00', 2, 39, 'task', 208, 'NV-P51-08', 'task.create', NULL, 'not_started', '{"dueOn": "2027-08-19", "title": "Tổng hợp kiến nghị, đề xuất của Quảng Ngãi gửi Ban Chỉ đạo Trung ương"}'),
	(731, '2024-03-17 02:00:00+00', 2, 39, 'task', 209, 'NV-P51-09', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-04", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Quảng Ngãi"}'),
	(732, '2024-03-19 01:30:00+00', 2, 39, 'task', 209, 'NV-P51-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(733, '2025-02-02 03:00:00+00', 2, 39, 'task', 209, 'NV-P51-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(734, '2025-02-04 08:00:00+00', 2, 39, 'task', 209, 'NV-P51-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(735, '2024-03-13 02:00:00+00', 2, 39, 'task', 210, 'NV-P51-10', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-24", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Quảng Ngãi"}'),
	(736, '2024-03-15 01:30:00+00', 2, 39, 'task', 210, 'NV-P51-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(737, '2025-04-15 03:00:00+00', 2, 39, 'task', 210, 'NV-P51-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(739, '2024-03-04 02:00:00+00', 2, 39, 'task', 211, 'NV-P51-11', 'task.create', NULL, 'not_started', '{"dueOn": "2027-05-07", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Ngãi"}'),
	(740, '2024-03-06 01:30:00+00', 2, 39, 'task', 211, 'NV-P51-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(741, '2024-03-27 09:00:00+00', 2, 39, 'task', 211, 'NV-P51-11', 'task.progress', 'in_progress', 'in_progress', '{"progress": 79}'),
	(742, '2024-03-06 02:00:00+00', 2, 39, 'task', 212, 'NV-P51-12', 'task.create', NULL, 'not_started', '{"dueOn": "2026-01-20", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Ngãi"}'),
	(743, '2024-03-08 01:30:00+00', 2, 39, 'task', 212, 'NV-P51-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(744, '2026-01-21 03:00:00+00', 2, 39, 'task', 212, 'NV-P51-12', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(745, '2024-03-13 02:00:00+00', 2, 39, 'task', 213, 'NV-P51-13', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-29", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Ngãi"}'),
	(746, '2024-03-15 01:30:00+00', 2, 39, 'task', 213, 'NV-P51-13', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(747, '2024-04-05 09:00:00+00', 2, 39, 'task', 213, 'NV-P51-13', 'task.progress', 'in_progress', 'in_progress', '{"progress": 26}'),
	(748, '2024-03-21 02:00:00+00', 2, 39, 'task', 214, 'NV-P51-14', 'task.create', NULL, 'not_started', '{"dueOn": "2026-12-06", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Ngãi"}'),
	(749, '2024-03-23 01:30:00+00', 2, 39, 'task', 214, 'NV-P51-14', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(750, '2024-04-13 09:00:00+00', 2, 39, 'task', 214, 'NV-P51-14', 'task.progress', 'in_progress', 'in_progress', '{"progress": 41}'),
	(751, '2024-03-26 02:00:00+00', 2, 40, 'task', 215, 'NV-P52-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-12-13", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Gia Lai"}'),
	(752, '2024-03-28 01:30:00+00', 2, 40, 'task', 215, 'NV-P52-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(753, '2026-01-10 03:00:00+00', 2, 40, 'task', 215, 'NV-P52-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(754, '2026-01-12 08:00:00+00', 2, 40, 'task', 215, 'NV-P52-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(755, '2024-03-30 02:00:00+00', 2, 40, 'task', 216, 'NV-P52-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-28", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Gia Lai"}'),
	(756, '2024-04-01 01:30:00+00', 2, 40, 'task', 216, 'NV-P52-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(757, '2025-04-20 03:00:00+00', 2, 40, 'task', 216, 'NV-P52-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(758, '2025-04-22 08:00:00+00', 2, 40, 'task', 216, 'NV-P52-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(759, '2024-04-01 02:00:00+00', 2, 40, 'task', 217, 'NV-P52-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-30", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Gia Lai"}'),
	(760, '2024-04-03 01:30:00+00', 2, 40, 'task', 217, 'NV-P52-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(761, '2025-10-24 03:00:00+00', 2, 40, 'task', 217, 'NV-P52-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(762, '2025-10-26 08:00:00+00', 2, 40, 'task', 217, 'NV-P52-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(763, '2024-03-27 02:00:00+00', 2, 40, 'task', 218, 'NV-P52-04', 'task.create', NULL, 'not_started', '{"dueOn": "2026-11-30", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Gia Lai"}'),
	(764, '2024-03-16 02:00:00+00', 2, 40, 'task', 219, 'NV-P52-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-17", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Gia Lai"}'),
	(765, '2024-03-18 01:30:00+00', 2, 40, 'task', 219, 'NV-P52-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(766, '2024-04-08 09:00:00+00', 2, 40, 'task', 219, 'NV-P52-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 42}'),
	(767, '2024-03-15 02:00:00+00', 2, 40, 'task', 220, 'NV-P52-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-12-01", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Gia Lai"}'),
	(768, '2024-03-29 02:00:00+00', 2, 40, 'task', 221, 'NV-P52-07', 'task.create', NULL, 'not_started', '{"dueOn": "2027-08-26", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Gia Lai)"}'),
	(769, '2024-03-31 01:30:00+00', 2, 40, 'task', 221, 'NV-P52-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(770, '2024-04-21 09:00:00+00', 2, 40, 'task', 221, 'NV-P52-07', 'task.progress', 'in_progress', 'in_progress', '{"progress": 36}'),
	(771, '2024-03-27 02:00:00+00', 2, 40, 'task', 222, 'NV-P52-08', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-10", "title": "Tổng hợp kiến nghị, đề xuất của Gia Lai gửi Ban Chỉ đạo Trung ương"}'),
	(772, '2024-03-29 01:30:00+00', 2, 40, 'task', 222, 'NV-P52-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(773, '2026-02-17 03:00:00+00', 2, 40, 'task', 222, 'NV-P52-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(774, '2026-02-19 08:00:00+00', 2, 40, 'task', 222, 'NV-P52-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(775, '2024-03-23 02:00:00+00', 2, 40, 'task', 223, 'NV-P52-09', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-28", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Gia Lai"}'),
	(776, '2024-03-25 01:30:00+00', 2, 40, 'task', 223, 'NV-P52-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(777, '2025-02-15 03:00:00+00', 2, 40, 'task', 223, 'NV-P52-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(778, '2025-02-17 08:00:00+00', 2, 40, 'task', 223, 'NV-P52-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(779, '2024-06-11 02:00:00+00', 2, 41, 'task', 224, 'NV-P56-01', 'task.create', NULL, 'not_started', '{"dueOn": "2026-06-20", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Khánh Hòa"}'),
	(780, '2024-06-13 01:30:00+00', 2, 41, 'task', 224, 'NV-P56-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(781, '2026-07-15 03:00:00+00', 2, 41, 'task', 224, 'NV-P56-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(782, '2026-07-17 08:00:00+00', 2, 41, 'task', 224, 'NV-P56-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(783, '2024-06-09 02:00:00+00', 2, 41, 'task', 225, 'NV-P56-02', 'task.create', NULL, 'not_started', '{"dueOn": "2026-12-15", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Khánh Hòa"}'),
	(784, '2024-06-14 02:00:00+00', 2, 41, 'task', 226, 'NV-P56-03', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-12", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Khánh Hòa"}'),
	(785, '2024-06-16 01:30:00+00', 2, 41, 'task', 226, 'NV-P56-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(786, '2024-07-07 09:00:00+00', 2, 41, 'task', 226, 'NV-P56-03', 'task.progress', 'in_progress', 'in_progress', '{"progress": 45}'),
	(787, '2024-05-30 02:00:00+00', 2, 41, 'task', 227, 'NV-P56-04', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-08", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Khánh Hòa"}'),
	(788, '2024-06-01 01:30:00+00', 2, 41, 'task', 227, 'NV-P56-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(789, '2026-02-22 03:00:00+00', 2, 41, 'task', 227, 'NV-P56-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(790, '2026-02-24 08:00:00+00', 2, 41, 'task', 227, 'NV-P56-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(791, '2024-06-06 02:00:00+00', 2, 41, 'task', 228, 'NV-P56-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-11", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Khánh Hòa"}'),
	(792, '2024-06-08 01:30:00+00', 2, 41, 'task', 228, 'NV-P56-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(793, '2024-06-29 09:00:00+00', 2, 41, 'task', 228, 'NV-P56-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 34}'),
	(794, '2024-06-10 02:00:00+00', 2, 41, 'task', 229, 'NV-P56-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-23", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Khánh Hòa"}'),
	(795, '2024-07-10 07:00:00+00', 2, 41, 'task', 229, 'NV-P56-06', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(796, '2024-06-01 02:00:00+00', 2, 41, 'task', 230, 'NV-P56-07', 'task.create', NULL, 'not_started', '{"dueOn": "2026-05-31", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Khánh Hòa)"}'),
	(797, '2024-06-03 01:30:00+00', 2, 41, 'task', 230, 'NV-P56-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(798, '2026-04-16 03:00:00+00', 2, 41, 'task', 230, 'NV-P56-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(799, '2026-04-18 08:00:00+00', 2, 41, 'task', 230, 'NV-P56-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(800, '2024-06-07 02:00:00+00', 2, 41, 'task', 231, 'NV-P56-08', 'task.create', NULL, 'not_started', '{"dueOn": "2025-12-05", "title": "Tổng hợp kiến nghị, đề xuất của Khánh Hòa gửi Ban Chỉ đạo Trung ương"}');
INSERT INTO public.events VALUES
	(801, '2024-06-09 01:30:00+00', 2, 41, 'task', 231, 'NV-P56-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(802, '2025-12-07 03:00:00+00', 2, 41, 'task', 231, 'NV-P56-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(803, '2024-06-02 02:00:00+00', 2, 41, 'task', 232, 'NV-P56-09', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-02", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Khánh Hòa"}'),
	(804, '2024-07-02 07:00:00+00', 2, 41, 'task', 232, 'NV-P56-09', 'task.cancel', 'not_started', 'cancelled', '{}'),
	(805, '2024-04-24 02:00:00+00', 2, 42, 'task', 233, 'NV-P66-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-17", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đắk Lắk"}'),
	(806, '2024-04-26 01:30:00+00', 2, 42, 'task', 233, 'NV-P66-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(807, '2024-10-05 03:00:00+00', 2, 42, 'task', 233, 'NV-P66-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(808, '2024-10-07 08:00:00+00', 2, 42, 'task', 233, 'NV-P66-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(809, '2024-05-01 02:00:00+00', 2, 42, 'task', 234, 'NV-P66-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-19", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đắk Lắk"}'),
	(810, '2024-05-03 01:30:00+00', 2, 42, 'task', 234, 'NV-P66-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(811, '2024-08-07 03:00:00+00', 2, 42, 'task', 234, 'NV-P66-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(812, '2024-08-09 08:00:00+00', 2, 42, 'task', 234, 'NV-P66-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(813, '2024-05-10 02:00:00+00', 2, 42, 'task', 235, 'NV-P66-03', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-04", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đắk Lắk"}'),
	(814, '2024-05-12 01:30:00+00', 2, 42, 'task', 235, 'NV-P66-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(815, '2024-06-02 09:00:00+00', 2, 42, 'task', 235, 'NV-P66-03', 'task.progress', 'in_progress', 'in_progress', '{"progress": 24}'),
	(816, '2024-04-30 02:00:00+00', 2, 42, 'task', 236, 'NV-P66-04', 'task.create', NULL, 'not_started', '{"dueOn": "2026-12-09", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đắk Lắk"}'),
	(817, '2024-05-02 01:30:00+00', 2, 42, 'task', 236, 'NV-P66-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(818, '2024-05-23 09:00:00+00', 2, 42, 'task', 236, 'NV-P66-04', 'task.progress', 'in_progress', 'in_progress', '{"progress": 85}'),
	(819, '2024-04-30 02:00:00+00', 2, 42, 'task', 237, 'NV-P66-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-06-26", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đắk Lắk"}'),
	(820, '2024-05-02 02:00:00+00', 2, 42, 'task', 238, 'NV-P66-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-12-21", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đắk Lắk"}'),
	(821, '2024-05-04 01:30:00+00', 2, 42, 'task', 238, 'NV-P66-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(822, '2026-01-05 03:00:00+00', 2, 42, 'task', 238, 'NV-P66-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(823, '2026-01-07 08:00:00+00', 2, 42, 'task', 238, 'NV-P66-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(824, '2024-04-30 02:00:00+00', 2, 42, 'task', 239, 'NV-P66-07', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-04", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Đắk Lắk)"}'),
	(825, '2024-05-02 01:30:00+00', 2, 42, 'task', 239, 'NV-P66-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(826, '2024-05-23 09:00:00+00', 2, 42, 'task', 239, 'NV-P66-07', 'task.progress', 'in_progress', 'in_progress', '{"progress": 16}'),
	(827, '2024-05-04 02:00:00+00', 2, 42, 'task', 240, 'NV-P66-08', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-26", "title": "Tổng hợp kiến nghị, đề xuất của Đắk Lắk gửi Ban Chỉ đạo Trung ương"}'),
	(828, '2024-05-06 01:30:00+00', 2, 42, 'task', 240, 'NV-P66-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(829, '2025-11-23 03:00:00+00', 2, 42, 'task', 240, 'NV-P66-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(830, '2025-11-25 08:00:00+00', 2, 42, 'task', 240, 'NV-P66-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(831, '2024-04-22 02:00:00+00', 2, 42, 'task', 241, 'NV-P66-09', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-11", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Đắk Lắk"}'),
	(832, '2024-04-24 01:30:00+00', 2, 42, 'task', 241, 'NV-P66-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(833, '2025-03-03 03:00:00+00', 2, 42, 'task', 241, 'NV-P66-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(834, '2025-03-05 08:00:00+00', 2, 42, 'task', 241, 'NV-P66-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(835, '2024-05-28 02:00:00+00', 2, 43, 'task', 242, 'NV-P68-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-26", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lâm Đồng"}'),
	(836, '2024-05-30 01:30:00+00', 2, 43, 'task', 242, 'NV-P68-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(837, '2025-01-23 03:00:00+00', 2, 43, 'task', 242, 'NV-P68-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(838, '2025-01-25 08:00:00+00', 2, 43, 'task', 242, 'NV-P68-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(839, '2024-05-13 02:00:00+00', 2, 43, 'task', 243, 'NV-P68-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-08-15", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lâm Đồng"}'),
	(840, '2024-05-15 01:30:00+00', 2, 43, 'task', 243, 'NV-P68-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(841, '2024-06-05 09:00:00+00', 2, 43, 'task', 243, 'NV-P68-02', 'task.progress', 'in_progress', 'in_progress', '{"progress": 65}'),
	(842, '2024-05-10 02:00:00+00', 2, 43, 'task', 244, 'NV-P68-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-12-14", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lâm Đồng"}'),
	(843, '2024-05-12 01:30:00+00', 2, 43, 'task', 244, 'NV-P68-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(844, '2025-12-10 03:00:00+00', 2, 43, 'task', 244, 'NV-P68-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(845, '2024-05-12 02:00:00+00', 2, 43, 'task', 245, 'NV-P68-04', 'task.create', NULL, 'not_started', '{"dueOn": "2026-12-14", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lâm Đồng"}'),
	(846, '2024-05-15 02:00:00+00', 2, 43, 'task', 246, 'NV-P68-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-20", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lâm Đồng"}'),
	(847, '2024-05-17 01:30:00+00', 2, 43, 'task', 246, 'NV-P68-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(848, '2025-02-02 03:00:00+00', 2, 43, 'task', 246, 'NV-P68-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(849, '2025-02-04 08:00:00+00', 2, 43, 'task', 246, 'NV-P68-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(850, '2024-05-26 02:00:00+00', 2, 43, 'task', 247, 'NV-P68-06', 'task.create', NULL, 'not_started', '{"dueOn": "2027-09-26", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lâm Đồng"}'),
	(851, '2024-05-28 01:30:00+00', 2, 43, 'task', 247, 'NV-P68-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(852, '2024-06-18 09:00:00+00', 2, 43, 'task', 247, 'NV-P68-06', 'task.progress', 'in_progress', 'in_progress', '{"progress": 59}'),
	(853, '2024-05-12 02:00:00+00', 2, 43, 'task', 248, 'NV-P68-07', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-14", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Lâm Đồng)"}'),
	(854, '2024-05-14 01:30:00+00', 2, 43, 'task', 248, 'NV-P68-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(855, '2024-07-05 03:00:00+00', 2, 43, 'task', 248, 'NV-P68-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(856, '2024-07-07 08:00:00+00', 2, 43, 'task', 248, 'NV-P68-07', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(857, '2024-05-22 02:00:00+00', 2, 43, 'task', 249, 'NV-P68-08', 'task.create', NULL, 'not_started', '{"dueOn": "2027-06-14", "title": "Tổng hợp kiến nghị, đề xuất của Lâm Đồng gửi Ban Chỉ đạo Trung ương"}'),
	(858, '2024-05-22 02:00:00+00', 2, 43, 'task', 250, 'NV-P68-09', 'task.create', NULL, 'not_started', '{"dueOn": "2026-02-03", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Lâm Đồng"}'),
	(859, '2024-05-24 01:30:00+00', 2, 43, 'task', 250, 'NV-P68-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(860, '2026-02-12 03:00:00+00', 2, 43, 'task', 250, 'NV-P68-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(861, '2026-02-14 08:00:00+00', 2, 43, 'task', 250, 'NV-P68-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(862, '2024-05-26 02:00:00+00', 2, 43, 'task', 251, 'NV-P68-10', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-07", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Lâm Đồng"}'),
	(863, '2024-05-28 01:30:00+00', 2, 43, 'task', 251, 'NV-P68-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(864, '2025-04-15 03:00:00+00', 2, 43, 'task', 251, 'NV-P68-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(865, '2025-04-17 08:00:00+00', 2, 43, 'task', 251, 'NV-P68-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(866, '2024-05-25 02:00:00+00', 2, 43, 'task', 252, 'NV-P68-11', 'task.create', NULL, 'not_started', '{"dueOn": "2026-03-13", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lâm Đồng"}'),
	(867, '2024-05-27 01:30:00+00', 2, 43, 'task', 252, 'NV-P68-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(868, '2026-02-28 03:00:00+00', 2, 43, 'task', 252, 'NV-P68-11', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(869, '2024-05-17 02:00:00+00', 2, 43, 'task', 253, 'NV-P68-12', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-26", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lâm Đồng"}'),
	(870, '2024-05-19 01:30:00+00', 2, 43, 'task', 253, 'NV-P68-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(871, '2024-10-15 03:00:00+00', 2, 43, 'task', 253, 'NV-P68-12', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(872, '2024-10-17 08:00:00+00', 2, 43, 'task', 253, 'NV-P68-12', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(873, '2024-05-27 02:00:00+00', 2, 43, 'task', 254, 'NV-P68-13', 'task.create', NULL, 'not_started', '{"dueOn": "2026-05-21", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lâm Đồng"}'),
	(874, '2024-05-29 01:30:00+00', 2, 43, 'task', 254, 'NV-P68-13', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(875, '2026-06-05 03:00:00+00', 2, 43, 'task', 254, 'NV-P68-13', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(876, '2026-06-07 08:00:00+00', 2, 43, 'task', 254, 'NV-P68-13', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(877, '2024-05-20 02:00:00+00', 2, 43, 'task', 255, 'NV-P68-14', 'task.create', NULL, 'not_started', '{"dueOn": "2027-08-20", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lâm Đồng"}'),
	(878, '2024-05-22 01:30:00+00', 2, 43, 'task', 255, 'NV-P68-14', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(879, '2024-06-12 09:00:00+00', 2, 43, 'task', 255, 'NV-P68-14', 'task.progress', 'in_progress', 'in_progress', '{"progress": 48}'),
	(880, '2024-05-04 02:00:00+00', 2, 44, 'task', 256, 'NV-P75-01', 'task.create', NULL, 'not_started', '{"dueOn": "2027-10-13", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đồng Nai"}'),
	(881, '2024-04-24 02:00:00+00', 2, 44, 'task', 257, 'NV-P75-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-08-18", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đồng Nai"}'),
	(882, '2024-04-26 01:30:00+00', 2, 44, 'task', 257, 'NV-P75-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(883, '2025-09-01 03:00:00+00', 2, 44, 'task', 257, 'NV-P75-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(884, '2025-09-03 08:00:00+00', 2, 44, 'task', 257, 'NV-P75-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(885, '2024-05-01 02:00:00+00', 2, 44, 'task', 258, 'NV-P75-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-22", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đồng Nai"}'),
	(886, '2024-05-03 01:30:00+00', 2, 44, 'task', 258, 'NV-P75-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(887, '2025-07-24 03:00:00+00', 2, 44, 'task', 258, 'NV-P75-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(888, '2025-07-26 08:00:00+00', 2, 44, 'task', 258, 'NV-P75-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(889, '2024-05-04 02:00:00+00', 2, 44, 'task', 259, 'NV-P75-04', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-01", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đồng Nai"}'),
	(890, '2024-04-19 02:00:00+00', 2, 44, 'task', 260, 'NV-P75-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-03-25", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đồng Nai"}'),
	(891, '2024-04-21 01:30:00+00', 2, 44, 'task', 260, 'NV-P75-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(892, '2024-05-12 09:00:00+00', 2, 44, 'task', 260, 'NV-P75-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 74}'),
	(893, '2024-05-04 02:00:00+00', 2, 44, 'task', 261, 'NV-P75-06', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-12", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đồng Nai"}'),
	(894, '2024-05-06 01:30:00+00', 2, 44, 'task', 261, 'NV-P75-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(895, '2024-09-30 03:00:00+00', 2, 44, 'task', 261, 'NV-P75-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(896, '2024-10-02 08:00:00+00', 2, 44, 'task', 261, 'NV-P75-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(897, '2024-05-08 02:00:00+00', 2, 45, 'task', 262, 'NV-P79-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-01-13", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hồ Chí Minh"}'),
	(898, '2024-05-10 01:30:00+00', 2, 45, 'task', 262, 'NV-P79-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(899, '2025-02-09 03:00:00+00', 2, 45, 'task', 262, 'NV-P79-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(900, '2025-02-11 08:00:00+00', 2, 45, 'task', 262, 'NV-P79-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(901, '2024-05-12 02:00:00+00', 2, 45, 'task', 263, 'NV-P79-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-13", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hồ Chí Minh"}'),
	(902, '2024-05-07 02:00:00+00', 2, 45, 'task', 264, 'NV-P79-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-10", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hồ Chí Minh"}'),
	(903, '2024-05-09 01:30:00+00', 2, 45, 'task', 264, 'NV-P79-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(904, '2025-11-27 03:00:00+00', 2, 45, 'task', 264, 'NV-P79-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(905, '2024-05-02 02:00:00+00', 2, 45, 'task', 265, 'NV-P79-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-18", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hồ Chí Minh"}'),
	(906, '2024-05-04 01:30:00+00', 2, 45, 'task', 265, 'NV-P79-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(907, '2025-02-08 03:00:00+00', 2, 45, 'task', 265, 'NV-P79-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(908, '2025-02-10 08:00:00+00', 2, 45, 'task', 265, 'NV-P79-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(909, '2024-04-25 02:00:00+00', 2, 45, 'task', 266, 'NV-P79-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-08-04", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hồ Chí Minh"}'),
	(910, '2024-04-27 01:30:00+00', 2, 45, 'task', 266, 'NV-P79-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(911, '2025-06-21 03:00:00+00', 2, 45, 'task', 266, 'NV-P79-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(912, '2025-06-23 08:00:00+00', 2, 45, 'task', 266, 'NV-P79-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(913, '2024-05-06 02:00:00+00', 2, 45, 'task', 267, 'NV-P79-06', 'task.create', NULL, 'not_started', '{"dueOn": "2027-09-30", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hồ Chí Minh"}'),
	(914, '2024-05-08 01:30:00+00', 2, 45, 'task', 267, 'NV-P79-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(915, '2024-05-29 09:00:00+00', 2, 45, 'task', 267, 'NV-P79-06', 'task.progress', 'in_progress', 'in_progress', '{"progress": 42}'),
	(916, '2024-05-07 02:00:00+00', 2, 45, 'task', 268, 'NV-P79-07', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-06", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Hồ Chí Minh)"}'),
	(917, '2024-05-09 01:30:00+00', 2, 45, 'task', 268, 'NV-P79-07', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(918, '2024-05-29 03:00:00+00', 2, 45, 'task', 268, 'NV-P79-07', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(919, '2024-05-03 02:00:00+00', 2, 45, 'task', 269, 'NV-P79-08', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-08", "title": "Tổng hợp kiến nghị, đề xuất của Hồ Chí Minh gửi Ban Chỉ đạo Trung ương"}'),
	(920, '2024-05-05 01:30:00+00', 2, 45, 'task', 269, 'NV-P79-08', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(921, '2025-06-28 03:00:00+00', 2, 45, 'task', 269, 'NV-P79-08', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(922, '2025-06-30 08:00:00+00', 2, 45, 'task', 269, 'NV-P79-08', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(923, '2024-05-12 02:00:00+00', 2, 45, 'task', 270, 'NV-P79-09', 'task.create', NULL, 'not_started', '{"dueOn": "2024-07-28", "title": "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Hồ Chí Minh"}'),
	(924, '2024-05-14 01:30:00+00', 2, 45, 'task', 270, 'NV-P79-09', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(925, '2024-07-31 03:00:00+00', 2, 45, 'task', 270, 'NV-P79-09', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(926, '2024-08-02 08:00:00+00', 2, 45, 'task', 270, 'NV-P79-09', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(927, '2024-05-09 02:00:00+00', 2, 45, 'task', 271, 'NV-P79-10', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-15", "title": "Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Hồ Chí Minh"}'),
	(928, '2024-05-11 01:30:00+00', 2, 45, 'task', 271, 'NV-P79-10', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(929, '2025-02-11 03:00:00+00', 2, 45, 'task', 271, 'NV-P79-10', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(930, '2025-02-13 08:00:00+00', 2, 45, 'task', 271, 'NV-P79-10', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(931, '2024-04-28 02:00:00+00', 2, 45, 'task', 272, 'NV-P79-11', 'task.create', NULL, 'not_started', '{"dueOn": "2027-05-26", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hồ Chí Minh"}'),
	(932, '2024-04-30 01:30:00+00', 2, 45, 'task', 272, 'NV-P79-11', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(933, '2024-05-21 09:00:00+00', 2, 45, 'task', 272, 'NV-P79-11', 'task.progress', 'in_progress', 'in_progress', '{"progress": 25}'),
	(934, '2024-05-09 02:00:00+00', 2, 45, 'task', 273, 'NV-P79-12', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-20", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hồ Chí Minh"}'),
	(935, '2024-05-11 01:30:00+00', 2, 45, 'task', 273, 'NV-P79-12', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(936, '2024-11-02 03:00:00+00', 2, 45, 'task', 273, 'NV-P79-12', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(937, '2024-11-04 08:00:00+00', 2, 45, 'task', 273, 'NV-P79-12', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(938, '2024-05-02 02:00:00+00', 2, 45, 'task', 274, 'NV-P79-13', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-09", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hồ Chí Minh"}'),
	(939, '2024-05-04 01:30:00+00', 2, 45, 'task', 274, 'NV-P79-13', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(940, '2024-05-25 09:00:00+00', 2, 45, 'task', 274, 'NV-P79-13', 'task.progress', 'in_progress', 'in_progress', '{"progress": 58}'),
	(941, '2024-04-29 02:00:00+00', 2, 45, 'task', 275, 'NV-P79-14', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-18", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hồ Chí Minh"}'),
	(942, '2024-05-01 01:30:00+00', 2, 45, 'task', 275, 'NV-P79-14', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(943, '2025-07-27 03:00:00+00', 2, 45, 'task', 275, 'NV-P79-14', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(944, '2025-07-29 08:00:00+00', 2, 45, 'task', 275, 'NV-P79-14', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(945, '2024-03-22 02:00:00+00', 2, 46, 'task', 276, 'NV-P80-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-04-11", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Tây Ninh"}'),
	(946, '2024-03-24 01:30:00+00', 2, 46, 'task', 276, 'NV-P80-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(947, '2024-04-14 09:00:00+00', 2, 46, 'task', 276, 'NV-P80-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 30}'),
	(948, '2024-03-17 02:00:00+00', 2, 46, 'task', 277, 'NV-P80-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-26", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Tây Ninh"}'),
	(949, '2024-03-19 01:30:00+00', 2, 46, 'task', 277, 'NV-P80-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(950, '2024-12-15 03:00:00+00', 2, 46, 'task', 277, 'NV-P80-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(951, '2024-12-17 08:00:00+00', 2, 46, 'task', 277, 'NV-P80-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(952, '2024-03-25 02:00:00+00', 2, 46, 'task', 278, 'NV-P80-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-25", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Tây Ninh"}'),
	(953, '2024-03-27 01:30:00+00', 2, 46, 'task', 278, 'NV-P80-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(954, '2024-07-31 03:00:00+00', 2, 46, 'task', 278, 'NV-P80-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(955, '2024-08-02 08:00:00+00', 2, 46, 'task', 278, 'NV-P80-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(956, '2024-03-18 02:00:00+00', 2, 46, 'task', 279, 'NV-P80-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-06-19", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Tây Ninh"}'),
	(957, '2024-03-20 01:30:00+00', 2, 46, 'task', 279, 'NV-P80-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(958, '2024-05-10 03:00:00+00', 2, 46, 'task', 279, 'NV-P80-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(959, '2024-03-20 02:00:00+00', 2, 46, 'task', 280, 'NV-P80-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-09-10", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Tây Ninh"}'),
	(960, '2024-03-22 01:30:00+00', 2, 46, 'task', 280, 'NV-P80-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(961, '2024-07-26 03:00:00+00', 2, 46, 'task', 280, 'NV-P80-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(962, '2024-07-28 08:00:00+00', 2, 46, 'task', 280, 'NV-P80-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(963, '2024-03-20 02:00:00+00', 2, 46, 'task', 281, 'NV-P80-06', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-11", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Tây Ninh"}'),
	(964, '2024-03-22 01:30:00+00', 2, 46, 'task', 281, 'NV-P80-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(965, '2024-11-21 03:00:00+00', 2, 46, 'task', 281, 'NV-P80-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(966, '2024-11-23 08:00:00+00', 2, 46, 'task', 281, 'NV-P80-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(967, '2024-05-18 02:00:00+00', 2, 47, 'task', 282, 'NV-P82-01', 'task.create', NULL, 'not_started', '{"dueOn": "2026-12-25", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đồng Tháp"}'),
	(968, '2024-05-20 01:30:00+00', 2, 47, 'task', 282, 'NV-P82-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(969, '2024-06-10 09:00:00+00', 2, 47, 'task', 282, 'NV-P82-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 62}'),
	(970, '2024-05-08 02:00:00+00', 2, 47, 'task', 283, 'NV-P82-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-21", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đồng Tháp"}'),
	(971, '2024-05-16 02:00:00+00', 2, 47, 'task', 284, 'NV-P82-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-03-07", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đồng Tháp"}'),
	(972, '2024-05-18 01:30:00+00', 2, 47, 'task', 284, 'NV-P82-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(973, '2025-02-23 03:00:00+00', 2, 47, 'task', 284, 'NV-P82-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(974, '2025-02-25 08:00:00+00', 2, 47, 'task', 284, 'NV-P82-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(975, '2024-05-17 02:00:00+00', 2, 47, 'task', 285, 'NV-P82-04', 'task.create', NULL, 'not_started', '{"dueOn": "2027-12-15", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đồng Tháp"}'),
	(976, '2024-05-25 02:00:00+00', 2, 47, 'task', 286, 'NV-P82-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-07-07", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đồng Tháp"}'),
	(977, '2024-05-27 01:30:00+00', 2, 47, 'task', 286, 'NV-P82-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(978, '2025-05-24 03:00:00+00', 2, 47, 'task', 286, 'NV-P82-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(979, '2024-05-22 02:00:00+00', 2, 47, 'task', 287, 'NV-P82-06', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-04", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đồng Tháp"}'),
	(980, '2024-05-24 01:30:00+00', 2, 47, 'task', 287, 'NV-P82-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(981, '2024-06-14 09:00:00+00', 2, 47, 'task', 287, 'NV-P82-06', 'task.progress', 'in_progress', 'in_progress', '{"progress": 46}'),
	(982, '2024-06-09 02:00:00+00', 2, 48, 'task', 288, 'NV-P86-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-09-10", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Vĩnh Long"}'),
	(983, '2024-06-11 01:30:00+00', 2, 48, 'task', 288, 'NV-P86-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(984, '2024-07-02 09:00:00+00', 2, 48, 'task', 288, 'NV-P86-01', 'task.progress', 'in_progress', 'in_progress', '{"progress": 87}'),
	(985, '2024-06-05 02:00:00+00', 2, 48, 'task', 289, 'NV-P86-02', 'task.create', NULL, 'not_started', '{"dueOn": "2027-08-22", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Vĩnh Long"}'),
	(986, '2024-06-19 02:00:00+00', 2, 48, 'task', 290, 'NV-P86-03', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-27", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Vĩnh Long"}'),
	(987, '2024-06-21 01:30:00+00', 2, 48, 'task', 290, 'NV-P86-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(988, '2025-08-29 03:00:00+00', 2, 48, 'task', 290, 'NV-P86-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(989, '2025-08-31 08:00:00+00', 2, 48, 'task', 290, 'NV-P86-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(990, '2024-06-21 02:00:00+00', 2, 48, 'task', 291, 'NV-P86-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-08", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Vĩnh Long"}'),
	(991, '2024-06-23 01:30:00+00', 2, 48, 'task', 291, 'NV-P86-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(992, '2024-10-13 03:00:00+00', 2, 48, 'task', 291, 'NV-P86-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(993, '2024-10-15 08:00:00+00', 2, 48, 'task', 291, 'NV-P86-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(994, '2024-06-22 02:00:00+00', 2, 48, 'task', 292, 'NV-P86-05', 'task.create', NULL, 'not_started', '{"dueOn": "2025-10-29", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Vĩnh Long"}'),
	(995, '2024-06-24 01:30:00+00', 2, 48, 'task', 292, 'NV-P86-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(996, '2025-10-31 03:00:00+00', 2, 48, 'task', 292, 'NV-P86-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(997, '2025-11-02 08:00:00+00', 2, 48, 'task', 292, 'NV-P86-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(998, '2024-06-13 02:00:00+00', 2, 48, 'task', 293, 'NV-P86-06', 'task.create', NULL, 'not_started', '{"dueOn": "2026-03-16", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Vĩnh Long"}'),
	(999, '2024-06-15 01:30:00+00', 2, 48, 'task', 293, 'NV-P86-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1000, '2026-03-05 03:00:00+00', 2, 48, 'task', 293, 'NV-P86-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}');
INSERT INTO public.events VALUES
	(1001, '2026-03-07 08:00:00+00', 2, 48, 'task', 293, 'NV-P86-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1002, '2024-06-21 02:00:00+00', 2, 48, 'task', 294, 'NV-P86-07', 'task.create', NULL, 'not_started', '{"dueOn": "2027-10-08", "title": "Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Vĩnh Long)"}'),
	(1003, '2024-04-09 02:00:00+00', 2, 49, 'task', 295, 'NV-P91-01', 'task.create', NULL, 'not_started', '{"dueOn": "2026-04-19", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của An Giang"}'),
	(1004, '2024-04-11 01:30:00+00', 2, 49, 'task', 295, 'NV-P91-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1005, '2026-04-26 03:00:00+00', 2, 49, 'task', 295, 'NV-P91-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1006, '2026-04-28 08:00:00+00', 2, 49, 'task', 295, 'NV-P91-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1007, '2024-03-29 02:00:00+00', 2, 49, 'task', 296, 'NV-P91-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-09", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại An Giang"}'),
	(1008, '2024-03-31 01:30:00+00', 2, 49, 'task', 296, 'NV-P91-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1009, '2025-09-11 03:00:00+00', 2, 49, 'task', 296, 'NV-P91-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1010, '2024-03-28 02:00:00+00', 2, 49, 'task', 297, 'NV-P91-03', 'task.create', NULL, 'not_started', '{"dueOn": "2024-12-20", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại An Giang"}'),
	(1011, '2024-03-30 01:30:00+00', 2, 49, 'task', 297, 'NV-P91-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1012, '2024-10-26 03:00:00+00', 2, 49, 'task', 297, 'NV-P91-03', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1013, '2024-10-28 08:00:00+00', 2, 49, 'task', 297, 'NV-P91-03', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1014, '2024-04-12 02:00:00+00', 2, 49, 'task', 298, 'NV-P91-04', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-23", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại An Giang"}'),
	(1015, '2024-04-14 01:30:00+00', 2, 49, 'task', 298, 'NV-P91-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1016, '2024-08-15 03:00:00+00', 2, 49, 'task', 298, 'NV-P91-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1017, '2024-08-17 08:00:00+00', 2, 49, 'task', 298, 'NV-P91-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1018, '2024-04-14 02:00:00+00', 2, 49, 'task', 299, 'NV-P91-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-11-27", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại An Giang"}'),
	(1019, '2024-04-16 01:30:00+00', 2, 49, 'task', 299, 'NV-P91-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1020, '2024-05-07 09:00:00+00', 2, 49, 'task', 299, 'NV-P91-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 77}'),
	(1021, '2024-04-13 02:00:00+00', 2, 49, 'task', 300, 'NV-P91-06', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-18", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại An Giang"}'),
	(1022, '2024-04-15 01:30:00+00', 2, 49, 'task', 300, 'NV-P91-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1023, '2024-10-12 03:00:00+00', 2, 49, 'task', 300, 'NV-P91-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1024, '2024-10-14 08:00:00+00', 2, 49, 'task', 300, 'NV-P91-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1025, '2024-04-17 02:00:00+00', 2, 50, 'task', 301, 'NV-P92-01', 'task.create', NULL, 'not_started', '{"dueOn": "2025-11-11", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Cần Thơ"}'),
	(1026, '2024-04-19 01:30:00+00', 2, 50, 'task', 301, 'NV-P92-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1027, '2025-11-11 03:00:00+00', 2, 50, 'task', 301, 'NV-P92-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1028, '2025-11-13 08:00:00+00', 2, 50, 'task', 301, 'NV-P92-01', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1029, '2024-04-13 02:00:00+00', 2, 50, 'task', 302, 'NV-P92-02', 'task.create', NULL, 'not_started', '{"dueOn": "2025-06-30", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Cần Thơ"}'),
	(1030, '2024-04-15 01:30:00+00', 2, 50, 'task', 302, 'NV-P92-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1031, '2025-05-11 03:00:00+00', 2, 50, 'task', 302, 'NV-P92-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1032, '2025-05-13 08:00:00+00', 2, 50, 'task', 302, 'NV-P92-02', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1033, '2024-04-17 02:00:00+00', 2, 50, 'task', 303, 'NV-P92-03', 'task.create', NULL, 'not_started', '{"dueOn": "2027-06-16", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Cần Thơ"}'),
	(1034, '2024-04-19 01:30:00+00', 2, 50, 'task', 303, 'NV-P92-03', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1035, '2024-05-10 09:00:00+00', 2, 50, 'task', 303, 'NV-P92-03', 'task.progress', 'in_progress', 'in_progress', '{"progress": 16}'),
	(1036, '2024-04-14 02:00:00+00', 2, 50, 'task', 304, 'NV-P92-04', 'task.create', NULL, 'not_started', '{"dueOn": "2025-08-13", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Cần Thơ"}'),
	(1037, '2024-04-16 01:30:00+00', 2, 50, 'task', 304, 'NV-P92-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1038, '2025-07-16 03:00:00+00', 2, 50, 'task', 304, 'NV-P92-04', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1039, '2025-07-18 08:00:00+00', 2, 50, 'task', 304, 'NV-P92-04', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1040, '2024-04-10 02:00:00+00', 2, 50, 'task', 305, 'NV-P92-05', 'task.create', NULL, 'not_started', '{"dueOn": "2027-01-22", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Cần Thơ"}'),
	(1041, '2024-04-12 01:30:00+00', 2, 50, 'task', 305, 'NV-P92-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1042, '2024-05-03 09:00:00+00', 2, 50, 'task', 305, 'NV-P92-05', 'task.progress', 'in_progress', 'in_progress', '{"progress": 18}'),
	(1043, '2024-04-14 02:00:00+00', 2, 50, 'task', 306, 'NV-P92-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-02-08", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Cần Thơ"}'),
	(1044, '2024-04-16 01:30:00+00', 2, 50, 'task', 306, 'NV-P92-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1045, '2024-12-13 03:00:00+00', 2, 50, 'task', 306, 'NV-P92-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1046, '2024-12-15 08:00:00+00', 2, 50, 'task', 306, 'NV-P92-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1047, '2024-03-18 02:00:00+00', 2, 51, 'task', 307, 'NV-P96-01', 'task.create', NULL, 'not_started', '{"dueOn": "2024-05-01", "title": "Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Cà Mau"}'),
	(1048, '2024-03-20 01:30:00+00', 2, 51, 'task', 307, 'NV-P96-01', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1049, '2024-05-19 03:00:00+00', 2, 51, 'task', 307, 'NV-P96-01', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1050, '2024-03-20 02:00:00+00', 2, 51, 'task', 308, 'NV-P96-02', 'task.create', NULL, 'not_started', '{"dueOn": "2024-08-03", "title": "Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Cà Mau"}'),
	(1051, '2024-03-22 01:30:00+00', 2, 51, 'task', 308, 'NV-P96-02', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1052, '2024-06-04 03:00:00+00', 2, 51, 'task', 308, 'NV-P96-02', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1053, '2024-03-29 02:00:00+00', 2, 51, 'task', 309, 'NV-P96-03', 'task.create', NULL, 'not_started', '{"dueOn": "2027-07-30", "title": "Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Cà Mau"}'),
	(1054, '2024-03-20 02:00:00+00', 2, 51, 'task', 310, 'NV-P96-04', 'task.create', NULL, 'not_started', '{"dueOn": "2027-11-05", "title": "Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Cà Mau"}'),
	(1055, '2024-03-22 01:30:00+00', 2, 51, 'task', 310, 'NV-P96-04', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1056, '2024-04-12 09:00:00+00', 2, 51, 'task', 310, 'NV-P96-04', 'task.progress', 'in_progress', 'in_progress', '{"progress": 49}'),
	(1057, '2024-03-21 02:00:00+00', 2, 51, 'task', 311, 'NV-P96-05', 'task.create', NULL, 'not_started', '{"dueOn": "2024-10-24", "title": "Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Cà Mau"}'),
	(1058, '2024-03-23 01:30:00+00', 2, 51, 'task', 311, 'NV-P96-05', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1059, '2024-11-11 03:00:00+00', 2, 51, 'task', 311, 'NV-P96-05', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1060, '2024-11-13 08:00:00+00', 2, 51, 'task', 311, 'NV-P96-05', 'task.confirm', 'awaiting_confirmation', 'completed', '{}'),
	(1061, '2024-03-21 02:00:00+00', 2, 51, 'task', 312, 'NV-P96-06', 'task.create', NULL, 'not_started', '{"dueOn": "2025-09-28", "title": "Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Cà Mau"}'),
	(1062, '2024-03-23 01:30:00+00', 2, 51, 'task', 312, 'NV-P96-06', 'task.start', 'not_started', 'in_progress', '{"progress": 10}'),
	(1063, '2025-09-26 03:00:00+00', 2, 51, 'task', 312, 'NV-P96-06', 'task.report', 'in_progress', 'awaiting_confirmation', '{"progress": 100}'),
	(1064, '2025-09-28 08:00:00+00', 2, 51, 'task', 312, 'NV-P96-06', 'task.confirm', 'awaiting_confirmation', 'completed', '{}');


--
-- Data for Name: login_throttles; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: organizations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organizations VALUES
	(1, 'VN', NULL, '/1/', NULL, 'national', 'other', 'Cả nước', 'Nationwide', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(2, 'TW', 1, '/1/2/', NULL, 'central_group', 'other', 'Các cơ quan Trung ương', 'Central bodies', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(3, 'BCD23', 2, '/1/2/3/', NULL, 'steering_committee', 'party', 'Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 23-NQ/TW', 'Central Steering Committee for the review of Resolution 23-NQ/TW', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(4, 'BCHTW', 2, '/1/2/4/', NULL, 'central_body', 'party', 'Ban Chấp hành Trung ương Đảng', 'Party Central Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(5, 'BCT', 4, '/1/2/4/5/', NULL, 'central_body', 'party', 'Bộ Chính trị', 'Politburo', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(6, 'BBT', 4, '/1/2/4/6/', NULL, 'central_body', 'party', 'Ban Bí thư Trung ương Đảng', 'Secretariat of the Party Central Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(7, 'QH', 2, '/1/2/7/', NULL, 'central_body', 'state', 'Quốc hội', 'National Assembly', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(8, 'UBTVQH', 7, '/1/2/7/8/', NULL, 'central_body', 'state', 'Ủy ban Thường vụ Quốc hội', 'National Assembly Standing Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(9, 'CP', 2, '/1/2/9/', NULL, 'central_body', 'state', 'Chính phủ', 'Government', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(10, 'VPCP', 9, '/1/2/9/10/', NULL, 'central_body', 'state', 'Văn phòng Chính phủ', 'Government Office', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(11, 'BNV', 9, '/1/2/9/11/', NULL, 'central_body', 'state', 'Bộ Nội vụ', 'Ministry of Home Affairs', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(12, 'BDTTG', 9, '/1/2/9/12/', NULL, 'central_body', 'state', 'Bộ Dân tộc và Tôn giáo', 'Ministry of Ethnic and Religious Affairs', NULL, NULL, '2025-03-01', NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(13, 'UBTWMTTQ', 2, '/1/2/13/', NULL, 'central_body', 'front', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Vietnam Fatherland Front Central Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(15, 'BTGDVTW', 4, '/1/2/4/15/', NULL, 'central_body', 'party', 'Ban Tuyên giáo và Dân vận Trung ương', 'Central Commission for Propaganda and Mass Mobilisation', NULL, NULL, '2025-02-03', NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(16, 'BTCTW', 4, '/1/2/4/16/', NULL, 'central_body', 'party', 'Ban Tổ chức Trung ương', 'Central Organisation Commission', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(17, 'TLDLD', 13, '/1/2/13/17/', NULL, 'central_body', 'front', 'Tổng Liên đoàn Lao động Việt Nam', 'Vietnam General Confederation of Labour', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(18, 'P01', 1, '/1/18/', 18, 'province', 'state', 'Thành phố Hà Nội', NULL, 'Hà Nội', '01', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(19, 'P04', 1, '/1/19/', 19, 'province', 'state', 'Tỉnh Cao Bằng', NULL, 'Cao Bằng', '04', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(20, 'P08', 1, '/1/20/', 20, 'province', 'state', 'Tỉnh Tuyên Quang', NULL, 'Tuyên Quang', '08', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(21, 'P11', 1, '/1/21/', 21, 'province', 'state', 'Tỉnh Điện Biên', NULL, 'Điện Biên', '11', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(22, 'P12', 1, '/1/22/', 22, 'province', 'state', 'Tỉnh Lai Châu', NULL, 'Lai Châu', '12', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(23, 'P14', 1, '/1/23/', 23, 'province', 'state', 'Tỉnh Sơn La', NULL, 'Sơn La', '14', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(24, 'P15', 1, '/1/24/', 24, 'province', 'state', 'Tỉnh Lào Cai', NULL, 'Lào Cai', '15', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(25, 'P19', 1, '/1/25/', 25, 'province', 'state', 'Tỉnh Thái Nguyên', NULL, 'Thái Nguyên', '19', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(26, 'P20', 1, '/1/26/', 26, 'province', 'state', 'Tỉnh Lạng Sơn', NULL, 'Lạng Sơn', '20', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(27, 'P22', 1, '/1/27/', 27, 'province', 'state', 'Tỉnh Quảng Ninh', NULL, 'Quảng Ninh', '22', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(28, 'P24', 1, '/1/28/', 28, 'province', 'state', 'Tỉnh Bắc Ninh', NULL, 'Bắc Ninh', '24', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(29, 'P25', 1, '/1/29/', 29, 'province', 'state', 'Tỉnh Phú Thọ', NULL, 'Phú Thọ', '25', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(30, 'P31', 1, '/1/30/', 30, 'province', 'state', 'Thành phố Hải Phòng', NULL, 'Hải Phòng', '31', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(31, 'P33', 1, '/1/31/', 31, 'province', 'state', 'Tỉnh Hưng Yên', NULL, 'Hưng Yên', '33', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(32, 'P37', 1, '/1/32/', 32, 'province', 'state', 'Tỉnh Ninh Bình', NULL, 'Ninh Bình', '37', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(33, 'P38', 1, '/1/33/', 33, 'province', 'state', 'Tỉnh Thanh Hóa', NULL, 'Thanh Hóa', '38', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(34, 'P40', 1, '/1/34/', 34, 'province', 'state', 'Tỉnh Nghệ An', NULL, 'Nghệ An', '40', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(35, 'P42', 1, '/1/35/', 35, 'province', 'state', 'Tỉnh Hà Tĩnh', NULL, 'Hà Tĩnh', '42', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(36, 'P44', 1, '/1/36/', 36, 'province', 'state', 'Tỉnh Quảng Trị', NULL, 'Quảng Trị', '44', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(37, 'P46', 1, '/1/37/', 37, 'province', 'state', 'Thành phố Huế', NULL, 'Huế', '46', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(38, 'P48', 1, '/1/38/', 38, 'province', 'state', 'Thành phố Đà Nẵng', NULL, 'Đà Nẵng', '48', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(39, 'P51', 1, '/1/39/', 39, 'province', 'state', 'Tỉnh Quảng Ngãi', NULL, 'Quảng Ngãi', '51', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(40, 'P52', 1, '/1/40/', 40, 'province', 'state', 'Tỉnh Gia Lai', NULL, 'Gia Lai', '52', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(41, 'P56', 1, '/1/41/', 41, 'province', 'state', 'Tỉnh Khánh Hòa', NULL, 'Khánh Hòa', '56', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(42, 'P66', 1, '/1/42/', 42, 'province', 'state', 'Tỉnh Đắk Lắk', NULL, 'Đắk Lắk', '66', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(43, 'P68', 1, '/1/43/', 43, 'province', 'state', 'Tỉnh Lâm Đồng', NULL, 'Lâm Đồng', '68', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(44, 'P75', 1, '/1/44/', 44, 'province', 'state', 'Tỉnh Đồng Nai', NULL, 'Đồng Nai', '75', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(45, 'P79', 1, '/1/45/', 45, 'province', 'state', 'Thành phố Hồ Chí Minh', NULL, 'Hồ Chí Minh', '79', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(46, 'P80', 1, '/1/46/', 46, 'province', 'state', 'Tỉnh Tây Ninh', NULL, 'Tây Ninh', '80', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(47, 'P82', 1, '/1/47/', 47, 'province', 'state', 'Tỉnh Đồng Tháp', NULL, 'Đồng Tháp', '82', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(48, 'P86', 1, '/1/48/', 48, 'province', 'state', 'Tỉnh Vĩnh Long', NULL, 'Vĩnh Long', '86', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(49, 'P91', 1, '/1/49/', 49, 'province', 'state', 'Tỉnh An Giang', NULL, 'An Giang', '91', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(50, 'P92', 1, '/1/50/', 50, 'province', 'state', 'Thành phố Cần Thơ', NULL, 'Cần Thơ', '92', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(51, 'P96', 1, '/1/51/', 51, 'province', 'state', 'Tỉnh Cà Mau', NULL, 'Cà Mau', '96', NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(52, 'HP-TU', 30, '/1/30/52/', 30, 'agency', 'party', 'Thành ủy Hải Phòng', 'Hải Phòng City Party Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(53, 'HP-VPTU', 52, '/1/30/52/53/', 30, 'agency', 'party', 'Văn phòng Thành ủy Hải Phòng', 'Office of the Hải Phòng City Party Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(54, 'HP-BDV', 52, '/1/30/52/54/', 30, 'agency', 'party', 'Ban Dân vận Thành ủy Hải Phòng', 'Mass Mobilisation Commission of the Hải Phòng City Party Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(55, 'HP-BTG', 52, '/1/30/52/55/', 30, 'agency', 'party', 'Ban Tuyên giáo Thành ủy Hải Phòng', 'Propaganda Commission of the Hải Phòng City Party Committee', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(56, 'HP-MTTQ', 30, '/1/30/56/', 30, 'agency', 'front', 'Ủy ban MTTQ Việt Nam thành phố Hải Phòng', 'Vietnam Fatherland Front Committee of Hải Phòng', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(57, 'HP-HDND', 30, '/1/30/57/', 30, 'agency', 'state', 'Hội đồng nhân dân thành phố Hải Phòng', 'Hải Phòng People''s Council', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(58, 'HP-SNV', 30, '/1/30/58/', 30, 'agency', 'state', 'Sở Nội vụ thành phố Hải Phòng', 'Hải Phòng Department of Home Affairs', NULL, NULL, NULL, NULL, NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(59, 'HP-TN', 30, '/1/30/59/', 30, 'district', 'party', 'Huyện ủy Thủy Nguyên', 'Thủy Nguyên District Party Committee', NULL, NULL, NULL, '2025-06-30', NULL, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(14, 'BDVTW', 4, '/1/2/4/14/', NULL, 'central_body', 'party', 'Ban Dân vận Trung ương', 'Central Mass Mobilisation Commission', NULL, NULL, NULL, '2025-02-02', 15, DEFAULT, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00');


--
-- Data for Name: recommendation_addressees; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.recommendation_addressees VALUES
	(1, 4, 'under_review', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(1, 5, 'under_review', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(1, 6, 'under_review', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(2, 7, 'submitted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(2, 9, 'submitted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(3, 9, 'accepted', 'Giao Bộ Nội vụ chủ trì hướng dẫn (nội dung minh họa).', 2, '2025-02-20', '2026-12-02 03:37:03.697266+00'),
	(3, 11, 'accepted', 'Tiếp thu kiến nghị; Bộ Nội vụ xây dựng văn bản hướng dẫn về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố (nội dung minh họa).', 8, '2025-02-14', '2026-12-02 03:37:03.697266+00'),
	(4, 9, 'accepted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(4, 12, 'accepted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(5, 5, 'declined', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(6, 7, 'under_review', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(6, 13, 'declined', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(7, 7, 'under_review', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(7, 13, 'under_review', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(8, 14, 'accepted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(9, 11, 'accepted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(10, 11, 'under_review', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(11, 11, 'declined', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(12, 9, 'declined', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(12, 12, 'partially_accepted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(13, 9, 'submitted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(13, 12, 'declined', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(14, 11, 'accepted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(15, 9, 'accepted', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00'),
	(15, 12, 'declined', NULL, NULL, NULL, '2026-12-02 03:37:03.697266+00');


--
-- Data for Name: recommendations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.recommendations VALUES
	(1, 'KN-HP-01', 1, 2, 30, 'new_resolution', 'Đề nghị Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư chỉ đạo đánh giá, tổng kết toàn diện các nghị quyết về từng giai cấp, tầng lớp xã hội; ban hành hướng dẫn bổ sung hoặc nghị quyết mới.', 'Direct a comprehensive evaluation and review of the Party resolutions on each social class and stratum, then issue supplementary guidance or new resolutions.', '2024-06-07', '2024-12-31', NULL, DEFAULT, 1, 4, 4, '2024-06-02 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(2, 'KN-HP-02', 1, 2, 30, 'rule_revision', 'Đề nghị Quốc hội, Chính phủ chỉ đạo nghiên cứu, sửa đổi, hoàn thiện các chính sách cụ thể đối với công nhân, nông dân, trí thức, thanh niên, phụ nữ, đồng bào tôn giáo; công tác dân tộc, tôn giáo.', 'Research, amend and complete specific policies for workers, farmers, intellectuals, youth, women, religious followers, and on ethnic and religious affairs.', '2024-06-07', '2025-06-30', NULL, DEFAULT, 1, 4, 4, '2024-06-02 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(3, 'KN-HP-03', 1, 2, 30, 'guidance', 'Chỉ đạo Bộ Nội vụ hướng dẫn thực hiện đồng bộ, thống nhất về tổ chức bộ máy, cán bộ cấp xã, phường, thị trấn và các tổ chức ở thôn, tổ dân phố.', 'Have the Ministry of Home Affairs issue guidance so that the apparatus and staffing of commune/ward/town level and the organisations in villages and residential groups are implemented uniformly.', '2024-06-07', '2025-03-31', NULL, DEFAULT, 1, 4, 4, '2024-06-02 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(4, 'KN-P08-01', 1, 5, 20, 'policy', 'Đề nghị Chính phủ sửa đổi chính sách hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số cho phù hợp thực tiễn.', NULL, '2024-05-25', '2024-11-14', NULL, DEFAULT, 1, 2, 2, '2024-05-20 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(5, 'KN-P11-01', 1, 6, 21, 'new_resolution', 'Đề nghị Bộ Chính trị ban hành nghị quyết mới về tăng cường khối đại đoàn kết toàn dân tộc trong giai đoạn mới.', NULL, '2024-05-11', '2024-11-07', NULL, DEFAULT, 1, 2, 2, '2024-05-06 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(6, 'KN-P12-01', 1, 7, 22, 'rule_revision', 'Đề nghị Quốc hội sửa đổi Luật Mặt trận Tổ quốc Việt Nam để tăng cường vai trò giám sát, phản biện xã hội.', NULL, '2024-04-26', '2024-09-16', NULL, DEFAULT, 1, 2, 2, '2024-04-21 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(7, 'KN-P19-01', 1, 10, 25, 'rule_revision', 'Đề nghị Quốc hội sửa đổi Luật Mặt trận Tổ quốc Việt Nam để tăng cường vai trò giám sát, phản biện xã hội.', NULL, '2024-04-28', '2024-08-30', NULL, DEFAULT, 1, 2, 2, '2024-04-23 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(8, 'KN-P24-01', 1, 13, 28, 'guidance', 'Đề nghị Ban Dân vận Trung ương hướng dẫn nâng cao chất lượng công tác dân vận của chính quyền các cấp.', NULL, '2024-04-07', '2024-08-14', NULL, DEFAULT, 1, 2, 2, '2024-04-02 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(9, 'KN-P46-01', 1, 21, 37, 'guidance', 'Đề nghị Bộ Nội vụ hướng dẫn chế độ đối với cán bộ không chuyên trách ở thôn, tổ dân phố sau sắp xếp đơn vị hành chính.', NULL, '2024-03-17', '2024-07-03', NULL, DEFAULT, 1, 2, 2, '2024-03-12 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(10, 'KN-P51-01', 1, 23, 39, 'guidance', 'Đề nghị Bộ Nội vụ hướng dẫn chế độ đối với cán bộ không chuyên trách ở thôn, tổ dân phố sau sắp xếp đơn vị hành chính.', NULL, '2024-03-17', '2024-08-14', NULL, DEFAULT, 1, 2, 2, '2024-03-12 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(11, 'KN-P66-01', 1, 26, 42, 'guidance', 'Đề nghị Bộ Nội vụ hướng dẫn chế độ đối với cán bộ không chuyên trách ở thôn, tổ dân phố sau sắp xếp đơn vị hành chính.', NULL, '2024-05-01', '2024-07-25', NULL, DEFAULT, 1, 2, 2, '2024-04-26 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(12, 'KN-P80-01', 1, 30, 46, 'policy', 'Đề nghị Chính phủ sửa đổi chính sách hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số cho phù hợp thực tiễn.', NULL, '2024-03-18', '2024-11-03', NULL, DEFAULT, 1, 2, 2, '2024-03-13 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(13, 'KN-P82-01', 1, 31, 47, 'policy', 'Đề nghị Chính phủ sửa đổi chính sách hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số cho phù hợp thực tiễn.', NULL, '2024-05-16', '2024-11-29', NULL, DEFAULT, 1, 2, 2, '2024-05-11 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(14, 'KN-P91-01', 1, 33, 49, 'guidance', 'Đề nghị Bộ Nội vụ hướng dẫn chế độ đối với cán bộ không chuyên trách ở thôn, tổ dân phố sau sắp xếp đơn vị hành chính.', NULL, '2024-04-10', '2024-07-20', NULL, DEFAULT, 1, 2, 2, '2024-04-05 02:00:00+00', '2026-12-02 03:37:03.697266+00'),
	(15, 'KN-P92-01', 1, 34, 50, 'policy', 'Đề nghị Chính phủ sửa đổi chính sách hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số cho phù hợp thực tiễn.', NULL, '2024-04-19', '2024-09-23', NULL, DEFAULT, 1, 2, 2, '2024-04-14 02:00:00+00', '2026-12-02 03:37:03.697266+00');


--
-- Data for Name: resolutions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resolutions VALUES
	(1, '23-NQ/TW', 'Về phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh', 'On promoting the strength of great national unity for a prosperous people, a strong country and an equitable, democratic and civilised society', 'Ban Chấp hành Trung ương Đảng khóa IX (Hội nghị lần thứ 7)', '2003-03-12', '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00'),
	(2, '43-NQ/TW', 'Về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc', 'On continuing to promote the tradition and strength of great national unity, building an increasingly prosperous and happy country', 'Ban Chấp hành Trung ương Đảng khóa XIII (Hội nghị lần thứ 8)', '2023-11-24', '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00');


--
-- Data for Name: reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reviews VALUES
	(1, 'TK20-NQ23', 1, 3, 'Tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW', '20-year review of the implementation of Resolution 23-NQ/TW', '2022-10-01', '2024-12-31', '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00');


--
-- Data for Name: survey_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.survey_sessions VALUES
	(1, 'KS-HP-TN', 1, 59, '2024-05-24', 'Đoàn khảo sát làm việc với Huyện ủy Thủy Nguyên', 'Survey delegation works with the Thủy Nguyên District Party Committee', NULL, '[]', NULL, 1, 2, '2024-05-24 02:00:00+00', '2024-05-24 02:00:00+00'),
	(2, 'KS-HP', 1, 52, '2024-05-25', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 23-NQ/TW làm việc với Ban Thường vụ Thành ủy Hải Phòng', 'Survey delegation of the Central Steering Committee works with the Standing Board of the Hải Phòng City Party Committee', 'Đỗ Văn Phới, Phó Trưởng Ban Dân vận Trung ương', '["Trần Lưu Quang, Bí thư Thành ủy, Trưởng Đoàn ĐBQH Hải Phòng", "Cao Xuân Liên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Đào Khánh Hà, Trưởng Ban Tuyên giáo Thành ủy", "Lê Trí Vũ, Trưởng Ban Dân vận Thành ủy", "Bùi Đức Quang, Phó Chủ tịch HĐND thành phố"]', 'haiphong.gov.vn', 1, 2, '2024-05-25 02:00:00+00', '2024-05-25 02:00:00+00'),
	(3, 'KS-P01', 1, 18, '2024-03-10', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Thành phố Hà Nội (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-10 02:00:00+00', '2024-03-10 02:00:00+00'),
	(4, 'KS-P04', 1, 19, '2024-04-07', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Cao Bằng (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-07 02:00:00+00', '2024-04-07 02:00:00+00'),
	(5, 'KS-P08', 1, 20, '2024-05-13', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Tuyên Quang (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-05-13 02:00:00+00', '2024-05-13 02:00:00+00'),
	(6, 'KS-P11', 1, 21, '2024-04-19', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Điện Biên (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-19 02:00:00+00', '2024-04-19 02:00:00+00'),
	(7, 'KS-P12', 1, 22, '2024-03-30', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Lai Châu (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-30 02:00:00+00', '2024-03-30 02:00:00+00'),
	(8, 'KS-P14', 1, 23, '2024-03-24', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Sơn La (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-24 02:00:00+00', '2024-03-24 02:00:00+00'),
	(9, 'KS-P15', 1, 24, '2024-03-03', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Lào Cai (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-03 02:00:00+00', '2024-03-03 02:00:00+00'),
	(10, 'KS-P19', 1, 25, '2024-04-03', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Thái Nguyên (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-03 02:00:00+00', '2024-04-03 02:00:00+00'),
	(11, 'KS-P20', 1, 26, '2024-05-11', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Lạng Sơn (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-05-11 02:00:00+00', '2024-05-11 02:00:00+00'),
	(12, 'KS-P22', 1, 27, '2024-04-11', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Quảng Ninh (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-11 02:00:00+00', '2024-04-11 02:00:00+00'),
	(13, 'KS-P24', 1, 28, '2024-03-23', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Bắc Ninh (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-23 02:00:00+00', '2024-03-23 02:00:00+00'),
	(14, 'KS-P25', 1, 29, '2024-04-12', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Phú Thọ (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-12 02:00:00+00', '2024-04-12 02:00:00+00'),
	(15, 'KS-P33', 1, 31, '2024-03-01', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Hưng Yên (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-01 02:00:00+00', '2024-03-01 02:00:00+00'),
	(16, 'KS-P37', 1, 32, '2024-03-15', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Ninh Bình (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-15 02:00:00+00', '2024-03-15 02:00:00+00'),
	(17, 'KS-P38', 1, 33, '2024-06-08', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Thanh Hóa (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-06-08 02:00:00+00', '2024-06-08 02:00:00+00'),
	(18, 'KS-P40', 1, 34, '2024-04-09', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Nghệ An (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-09 02:00:00+00', '2024-04-09 02:00:00+00'),
	(19, 'KS-P42', 1, 35, '2024-05-26', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Hà Tĩnh (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-05-26 02:00:00+00', '2024-05-26 02:00:00+00'),
	(20, 'KS-P44', 1, 36, '2024-04-04', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Quảng Trị (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-04 02:00:00+00', '2024-04-04 02:00:00+00'),
	(21, 'KS-P46', 1, 37, '2024-03-01', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Thành phố Huế (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-01 02:00:00+00', '2024-03-01 02:00:00+00'),
	(22, 'KS-P48', 1, 38, '2024-04-09', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Thành phố Đà Nẵng (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-09 02:00:00+00', '2024-04-09 02:00:00+00'),
	(23, 'KS-P51', 1, 39, '2024-03-02', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Quảng Ngãi (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-02 02:00:00+00', '2024-03-02 02:00:00+00'),
	(24, 'KS-P52', 1, 40, '2024-03-13', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Gia Lai (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-13 02:00:00+00', '2024-03-13 02:00:00+00'),
	(25, 'KS-P56', 1, 41, '2024-05-25', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Khánh Hòa (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-05-25 02:00:00+00', '2024-05-25 02:00:00+00'),
	(26, 'KS-P66', 1, 42, '2024-04-20', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Đắk Lắk (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-20 02:00:00+00', '2024-04-20 02:00:00+00'),
	(27, 'KS-P68', 1, 43, '2024-05-08', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Lâm Đồng (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-05-08 02:00:00+00', '2024-05-08 02:00:00+00'),
	(28, 'KS-P75', 1, 44, '2024-04-17', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Đồng Nai (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-17 02:00:00+00', '2024-04-17 02:00:00+00'),
	(29, 'KS-P79', 1, 45, '2024-04-22', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Thành phố Hồ Chí Minh (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-22 02:00:00+00', '2024-04-22 02:00:00+00'),
	(30, 'KS-P80', 1, 46, '2024-03-08', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Tây Ninh (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-08 02:00:00+00', '2024-03-08 02:00:00+00'),
	(31, 'KS-P82', 1, 47, '2024-05-05', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Đồng Tháp (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-05-05 02:00:00+00', '2024-05-05 02:00:00+00'),
	(32, 'KS-P86', 1, 48, '2024-06-03', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Vĩnh Long (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-06-03 02:00:00+00', '2024-06-03 02:00:00+00'),
	(33, 'KS-P91', 1, 49, '2024-03-26', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh An Giang (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-26 02:00:00+00', '2024-03-26 02:00:00+00'),
	(34, 'KS-P92', 1, 50, '2024-04-02', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Thành phố Cần Thơ (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-04-02 02:00:00+00', '2024-04-02 02:00:00+00'),
	(35, 'KS-P96', 1, 51, '2024-03-11', 'Đoàn khảo sát của Ban Chỉ đạo Trung ương làm việc với Tỉnh Cà Mau (dữ liệu mẫu)', NULL, NULL, '[]', NULL, 1, 2, '2024-03-11 02:00:00+00', '2024-03-11 02:00:00+00');


--
-- Data for Name: task_recommendations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_recommendations VALUES
	(3, 1),
	(3, 2),
	(3, 3),
	(6, 1),
	(7, 3),
	(8, 3);


--
-- Data for Name: task_status_periods; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.task_status_periods VALUES
	(1, 1, 54, 'not_started', '2024-06-30', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(2, 1, 54, 'in_progress', '2024-06-30', NULL, '2024-05-29 01:30:00+00', '2024-06-28 03:00:00+00'),
	(3, 1, 54, 'awaiting_confirmation', '2024-06-30', '2024-06-28', '2024-06-28 03:00:00+00', '2024-06-30 08:00:00+00'),
	(4, 1, 54, 'completed', '2024-06-30', '2024-06-28', '2024-06-30 08:00:00+00', NULL),
	(5, 2, 54, 'not_started', '2024-06-15', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(6, 2, 54, 'in_progress', '2024-06-15', NULL, '2024-05-29 01:30:00+00', '2024-06-20 03:00:00+00'),
	(7, 2, 54, 'awaiting_confirmation', '2024-06-15', '2024-06-20', '2024-06-20 03:00:00+00', '2024-06-22 08:00:00+00'),
	(8, 2, 54, 'completed', '2024-06-15', '2024-06-20', '2024-06-22 08:00:00+00', NULL),
	(9, 3, 53, 'not_started', '2024-06-10', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(10, 3, 53, 'in_progress', '2024-06-10', NULL, '2024-05-29 01:30:00+00', '2024-06-07 03:00:00+00'),
	(11, 3, 53, 'awaiting_confirmation', '2024-06-10', '2024-06-07', '2024-06-07 03:00:00+00', '2024-06-09 08:00:00+00'),
	(12, 3, 53, 'completed', '2024-06-10', '2024-06-07', '2024-06-09 08:00:00+00', NULL),
	(13, 4, 59, 'not_started', '2024-06-05', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(14, 4, 59, 'in_progress', '2024-06-05', NULL, '2024-05-29 01:30:00+00', '2024-06-12 03:00:00+00'),
	(15, 4, 59, 'awaiting_confirmation', '2024-06-05', '2024-06-12', '2024-06-12 03:00:00+00', '2024-06-14 08:00:00+00'),
	(16, 4, 59, 'completed', '2024-06-05', '2024-06-12', '2024-06-14 08:00:00+00', NULL),
	(17, 5, 56, 'not_started', '2026-09-30', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(18, 5, 56, 'in_progress', '2026-09-30', NULL, '2024-05-29 01:30:00+00', NULL),
	(19, 6, 54, 'not_started', '2027-03-31', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(20, 6, 54, 'in_progress', '2027-03-31', NULL, '2024-05-29 01:30:00+00', NULL),
	(21, 7, 58, 'not_started', '2027-06-30', NULL, '2024-05-27 02:00:00+00', NULL),
	(22, 8, 11, 'not_started', '2026-12-31', NULL, '2025-02-20 02:00:00+00', '2025-02-22 01:30:00+00'),
	(23, 8, 11, 'in_progress', '2026-12-31', NULL, '2025-02-22 01:30:00+00', NULL),
	(24, 9, 18, 'not_started', '2024-12-15', NULL, '2024-03-24 02:00:00+00', '2024-03-26 01:30:00+00'),
	(25, 9, 18, 'in_progress', '2024-12-15', NULL, '2024-03-26 01:30:00+00', '2024-11-04 03:00:00+00'),
	(26, 9, 18, 'awaiting_confirmation', '2024-12-15', '2024-11-04', '2024-11-04 03:00:00+00', '2024-11-06 08:00:00+00'),
	(27, 9, 18, 'completed', '2024-12-15', '2024-11-04', '2024-11-06 08:00:00+00', NULL),
	(28, 10, 18, 'not_started', '2024-04-26', NULL, '2024-03-21 02:00:00+00', NULL),
	(29, 11, 18, 'not_started', '2024-06-26', NULL, '2024-03-25 02:00:00+00', '2024-03-27 01:30:00+00'),
	(30, 11, 18, 'in_progress', '2024-06-26', NULL, '2024-03-27 01:30:00+00', '2024-07-25 03:00:00+00'),
	(31, 11, 18, 'awaiting_confirmation', '2024-06-26', '2024-07-25', '2024-07-25 03:00:00+00', '2024-07-27 08:00:00+00'),
	(32, 11, 18, 'completed', '2024-06-26', '2024-07-25', '2024-07-27 08:00:00+00', NULL),
	(33, 12, 18, 'not_started', '2025-10-19', NULL, '2024-03-27 02:00:00+00', '2024-03-29 01:30:00+00'),
	(34, 12, 18, 'in_progress', '2025-10-19', NULL, '2024-03-29 01:30:00+00', '2025-08-25 03:00:00+00'),
	(35, 12, 18, 'awaiting_confirmation', '2025-10-19', '2025-08-25', '2025-08-25 03:00:00+00', '2025-08-27 08:00:00+00'),
	(36, 12, 18, 'completed', '2025-10-19', '2025-08-25', '2025-08-27 08:00:00+00', NULL),
	(37, 13, 18, 'not_started', '2024-09-21', NULL, '2024-03-20 02:00:00+00', '2024-03-22 01:30:00+00'),
	(38, 13, 18, 'in_progress', '2024-09-21', NULL, '2024-03-22 01:30:00+00', NULL),
	(39, 14, 18, 'not_started', '2025-11-08', NULL, '2024-03-16 02:00:00+00', '2024-03-18 01:30:00+00'),
	(40, 14, 18, 'in_progress', '2025-11-08', NULL, '2024-03-18 01:30:00+00', '2025-09-23 03:00:00+00'),
	(41, 14, 18, 'awaiting_confirmation', '2025-11-08', '2025-09-23', '2025-09-23 03:00:00+00', '2025-09-25 08:00:00+00'),
	(42, 14, 18, 'completed', '2025-11-08', '2025-09-23', '2025-09-25 08:00:00+00', NULL),
	(43, 15, 19, 'not_started', '2026-03-24', NULL, '2024-04-26 02:00:00+00', '2024-04-28 01:30:00+00'),
	(44, 15, 19, 'in_progress', '2026-03-24', NULL, '2024-04-28 01:30:00+00', NULL),
	(45, 16, 19, 'not_started', '2027-03-24', NULL, '2024-04-24 02:00:00+00', '2024-04-26 01:30:00+00'),
	(46, 16, 19, 'in_progress', '2027-03-24', NULL, '2024-04-26 01:30:00+00', NULL),
	(47, 17, 19, 'not_started', '2025-09-09', NULL, '2024-04-26 02:00:00+00', NULL),
	(48, 18, 19, 'not_started', '2027-04-27', NULL, '2024-04-15 02:00:00+00', NULL),
	(49, 19, 19, 'not_started', '2025-10-03', NULL, '2024-04-24 02:00:00+00', '2024-04-26 01:30:00+00'),
	(50, 19, 19, 'in_progress', '2025-10-03', NULL, '2024-04-26 01:30:00+00', '2025-10-24 03:00:00+00'),
	(51, 19, 19, 'awaiting_confirmation', '2025-10-03', '2025-10-24', '2025-10-24 03:00:00+00', '2025-10-26 08:00:00+00'),
	(52, 19, 19, 'completed', '2025-10-03', '2025-10-24', '2025-10-26 08:00:00+00', NULL),
	(53, 20, 19, 'not_started', '2025-07-22', NULL, '2024-04-23 02:00:00+00', '2024-04-25 01:30:00+00'),
	(54, 20, 19, 'in_progress', '2025-07-22', NULL, '2024-04-25 01:30:00+00', '2025-07-10 03:00:00+00'),
	(55, 20, 19, 'awaiting_confirmation', '2025-07-22', '2025-07-10', '2025-07-10 03:00:00+00', '2025-07-12 08:00:00+00'),
	(56, 20, 19, 'completed', '2025-07-22', '2025-07-10', '2025-07-12 08:00:00+00', NULL),
	(57, 21, 19, 'not_started', '2024-12-22', NULL, '2024-04-23 02:00:00+00', '2024-04-25 01:30:00+00'),
	(58, 21, 19, 'in_progress', '2024-12-22', NULL, '2024-04-25 01:30:00+00', '2024-10-27 03:00:00+00'),
	(59, 21, 19, 'awaiting_confirmation', '2024-12-22', '2024-10-27', '2024-10-27 03:00:00+00', '2024-10-29 08:00:00+00'),
	(60, 21, 19, 'completed', '2024-12-22', '2024-10-27', '2024-10-29 08:00:00+00', NULL),
	(61, 22, 19, 'not_started', '2025-08-25', NULL, '2024-04-09 02:00:00+00', '2024-04-11 01:30:00+00'),
	(62, 22, 19, 'in_progress', '2025-08-25', NULL, '2024-04-11 01:30:00+00', '2025-07-03 03:00:00+00'),
	(63, 22, 19, 'awaiting_confirmation', '2025-08-25', '2025-07-03', '2025-07-03 03:00:00+00', '2025-07-05 08:00:00+00'),
	(64, 22, 19, 'completed', '2025-08-25', '2025-07-03', '2025-07-05 08:00:00+00', NULL),
	(65, 23, 19, 'not_started', '2027-02-01', NULL, '2024-04-19 02:00:00+00', NULL),
	(66, 24, 19, 'not_started', '2027-03-23', NULL, '2024-04-12 02:00:00+00', '2024-04-14 01:30:00+00'),
	(67, 24, 19, 'in_progress', '2027-03-23', NULL, '2024-04-14 01:30:00+00', NULL),
	(68, 25, 20, 'not_started', '2024-10-26', NULL, '2024-05-28 02:00:00+00', '2024-05-30 01:30:00+00'),
	(69, 25, 20, 'in_progress', '2024-10-26', NULL, '2024-05-30 01:30:00+00', '2024-10-26 03:00:00+00'),
	(70, 25, 20, 'awaiting_confirmation', '2024-10-26', '2024-10-26', '2024-10-26 03:00:00+00', '2024-10-28 08:00:00+00'),
	(71, 25, 20, 'completed', '2024-10-26', '2024-10-26', '2024-10-28 08:00:00+00', NULL),
	(72, 26, 20, 'not_started', '2025-04-24', NULL, '2024-05-26 02:00:00+00', '2024-05-28 01:30:00+00'),
	(73, 26, 20, 'in_progress', '2025-04-24', NULL, '2024-05-28 01:30:00+00', '2025-03-16 03:00:00+00'),
	(74, 26, 20, 'awaiting_confirmation', '2025-04-24', '2025-03-16', '2025-03-16 03:00:00+00', '2025-03-18 08:00:00+00'),
	(75, 26, 20, 'completed', '2025-04-24', '2025-03-16', '2025-03-18 08:00:00+00', NULL),
	(76, 27, 20, 'not_started', '2026-06-15', NULL, '2024-05-19 02:00:00+00', '2024-05-21 01:30:00+00'),
	(77, 27, 20, 'in_progress', '2026-06-15', NULL, '2024-05-21 01:30:00+00', '2026-04-18 03:00:00+00'),
	(78, 27, 20, 'awaiting_confirmation', '2026-06-15', '2026-04-18', '2026-04-18 03:00:00+00', NULL),
	(79, 28, 20, 'not_started', '2024-09-16', NULL, '2024-05-28 02:00:00+00', '2024-05-30 01:30:00+00'),
	(80, 28, 20, 'in_progress', '2024-09-16', NULL, '2024-05-30 01:30:00+00', '2024-10-13 03:00:00+00'),
	(81, 28, 20, 'awaiting_confirmation', '2024-09-16', '2024-10-13', '2024-10-13 03:00:00+00', '2024-10-15 08:00:00+00'),
	(82, 28, 20, 'completed', '2024-09-16', '2024-10-13', '2024-10-15 08:00:00+00', NULL),
	(83, 29, 20, 'not_started', '2026-01-25', NULL, '2024-05-26 02:00:00+00', '2024-05-28 01:30:00+00'),
	(84, 29, 20, 'in_progress', '2026-01-25', NULL, '2024-05-28 01:30:00+00', NULL),
	(85, 30, 20, 'not_started', '2026-01-11', NULL, '2024-05-18 02:00:00+00', '2024-05-20 01:30:00+00'),
	(86, 30, 20, 'in_progress', '2026-01-11', NULL, '2024-05-20 01:30:00+00', '2026-01-07 03:00:00+00'),
	(87, 30, 20, 'awaiting_confirmation', '2026-01-11', '2026-01-07', '2026-01-07 03:00:00+00', '2026-01-09 08:00:00+00'),
	(88, 30, 20, 'completed', '2026-01-11', '2026-01-07', '2026-01-09 08:00:00+00', NULL),
	(89, 31, 20, 'not_started', '2025-09-05', NULL, '2024-05-26 02:00:00+00', '2024-05-28 01:30:00+00'),
	(90, 31, 20, 'in_progress', '2025-09-05', NULL, '2024-05-28 01:30:00+00', NULL),
	(91, 32, 20, 'not_started', '2027-12-14', NULL, '2024-05-19 02:00:00+00', '2024-05-21 01:30:00+00'),
	(92, 32, 20, 'in_progress', '2027-12-14', NULL, '2024-05-21 01:30:00+00', NULL),
	(93, 33, 20, 'not_started', '2026-04-20', NULL, '2024-05-16 02:00:00+00', '2024-05-18 01:30:00+00'),
	(94, 33, 20, 'in_progress', '2026-04-20', NULL, '2024-05-18 01:30:00+00', '2026-03-05 03:00:00+00'),
	(95, 33, 20, 'awaiting_confirmation', '2026-04-20', '2026-03-05', '2026-03-05 03:00:00+00', '2026-03-07 08:00:00+00'),
	(96, 33, 20, 'completed', '2026-04-20', '2026-03-05', '2026-03-07 08:00:00+00', NULL),
	(97, 34, 20, 'not_started', '2025-01-04', NULL, '2024-05-23 02:00:00+00', '2024-05-25 01:30:00+00'),
	(98, 34, 20, 'in_progress', '2025-01-04', NULL, '2024-05-25 01:30:00+00', '2024-11-06 03:00:00+00'),
	(99, 34, 20, 'awaiting_confirmation', '2025-01-04', '2024-11-06', '2024-11-06 03:00:00+00', '2024-11-08 08:00:00+00'),
	(100, 34, 20, 'completed', '2025-01-04', '2024-11-06', '2024-11-08 08:00:00+00', NULL),
	(101, 35, 20, 'not_started', '2025-01-01', NULL, '2024-05-30 02:00:00+00', '2024-06-01 01:30:00+00'),
	(102, 35, 20, 'in_progress', '2025-01-01', NULL, '2024-06-01 01:30:00+00', '2024-12-25 03:00:00+00'),
	(103, 35, 20, 'awaiting_confirmation', '2025-01-01', '2024-12-25', '2024-12-25 03:00:00+00', NULL),
	(104, 36, 20, 'not_started', '2024-12-21', NULL, '2024-06-01 02:00:00+00', '2024-06-03 01:30:00+00'),
	(105, 36, 20, 'in_progress', '2024-12-21', NULL, '2024-06-03 01:30:00+00', '2024-12-09 03:00:00+00'),
	(106, 36, 20, 'awaiting_confirmation', '2024-12-21', '2024-12-09', '2024-12-09 03:00:00+00', '2024-12-11 08:00:00+00'),
	(107, 36, 20, 'completed', '2024-12-21', '2024-12-09', '2024-12-11 08:00:00+00', NULL),
	(108, 37, 20, 'not_started', '2025-06-10', NULL, '2024-05-16 02:00:00+00', '2024-05-18 01:30:00+00'),
	(109, 37, 20, 'in_progress', '2025-06-10', NULL, '2024-05-18 01:30:00+00', '2025-06-04 03:00:00+00'),
	(110, 37, 20, 'awaiting_confirmation', '2025-06-10', '2025-06-04', '2025-06-04 03:00:00+00', '2025-06-06 08:00:00+00'),
	(111, 37, 20, 'completed', '2025-06-10', '2025-06-04', '2025-06-06 08:00:00+00', NULL),
	(112, 38, 21, 'not_started', '2027-10-02', NULL, '2024-05-06 02:00:00+00', NULL),
	(113, 39, 21, 'not_started', '2024-12-02', NULL, '2024-05-01 02:00:00+00', '2024-05-03 01:30:00+00'),
	(114, 39, 21, 'in_progress', '2024-12-02', NULL, '2024-05-03 01:30:00+00', '2024-11-13 03:00:00+00'),
	(115, 39, 21, 'awaiting_confirmation', '2024-12-02', '2024-11-13', '2024-11-13 03:00:00+00', '2024-11-15 08:00:00+00'),
	(116, 39, 21, 'completed', '2024-12-02', '2024-11-13', '2024-11-15 08:00:00+00', NULL),
	(117, 40, 21, 'not_started', '2024-10-11', NULL, '2024-04-29 02:00:00+00', '2024-05-01 01:30:00+00'),
	(118, 40, 21, 'in_progress', '2024-10-11', NULL, '2024-05-01 01:30:00+00', '2024-08-23 03:00:00+00'),
	(119, 40, 21, 'awaiting_confirmation', '2024-10-11', '2024-08-23', '2024-08-23 03:00:00+00', NULL),
	(120, 41, 21, 'not_started', '2027-09-05', NULL, '2024-04-23 02:00:00+00', '2024-04-25 01:30:00+00'),
	(121, 41, 21, 'in_progress', '2027-09-05', NULL, '2024-04-25 01:30:00+00', NULL),
	(122, 42, 21, 'not_started', '2025-09-08', NULL, '2024-05-05 02:00:00+00', '2024-05-07 01:30:00+00'),
	(123, 42, 21, 'in_progress', '2025-09-08', NULL, '2024-05-07 01:30:00+00', '2025-09-24 03:00:00+00'),
	(124, 42, 21, 'awaiting_confirmation', '2025-09-08', '2025-09-24', '2025-09-24 03:00:00+00', '2025-09-26 08:00:00+00'),
	(125, 42, 21, 'completed', '2025-09-08', '2025-09-24', '2025-09-26 08:00:00+00', NULL),
	(126, 43, 21, 'not_started', '2024-08-24', NULL, '2024-05-03 02:00:00+00', '2024-06-02 07:00:00+00'),
	(127, 43, 21, 'cancelled', '2024-08-24', NULL, '2024-06-02 07:00:00+00', NULL),
	(128, 44, 21, 'not_started', '2025-12-29', NULL, '2024-05-04 02:00:00+00', '2024-05-06 01:30:00+00'),
	(129, 44, 21, 'in_progress', '2025-12-29', NULL, '2024-05-06 01:30:00+00', '2026-01-11 03:00:00+00'),
	(130, 44, 21, 'awaiting_confirmation', '2025-12-29', '2026-01-11', '2026-01-11 03:00:00+00', '2026-01-13 08:00:00+00'),
	(131, 44, 21, 'completed', '2025-12-29', '2026-01-11', '2026-01-13 08:00:00+00', NULL),
	(132, 45, 22, 'not_started', '2027-12-07', NULL, '2024-04-02 02:00:00+00', '2024-04-04 01:30:00+00'),
	(133, 45, 22, 'in_progress', '2027-12-07', NULL, '2024-04-04 01:30:00+00', NULL),
	(134, 46, 22, 'not_started', '2027-01-10', NULL, '2024-04-04 02:00:00+00', NULL),
	(135, 47, 22, 'not_started', '2027-11-17', NULL, '2024-04-04 02:00:00+00', '2024-04-06 01:30:00+00'),
	(136, 47, 22, 'in_progress', '2027-11-17', NULL, '2024-04-06 01:30:00+00', NULL),
	(137, 48, 22, 'not_started', '2024-07-08', NULL, '2024-04-18 02:00:00+00', '2024-04-20 01:30:00+00'),
	(138, 48, 22, 'in_progress', '2024-07-08', NULL, '2024-04-20 01:30:00+00', '2024-05-30 03:00:00+00'),
	(139, 48, 22, 'awaiting_confirmation', '2024-07-08', '2024-05-30', '2024-05-30 03:00:00+00', '2024-06-01 08:00:00+00'),
	(140, 48, 22, 'completed', '2024-07-08', '2024-05-30', '2024-06-01 08:00:00+00', NULL),
	(141, 49, 22, 'not_started', '2027-05-14', NULL, '2024-04-17 02:00:00+00', '2024-04-19 01:30:00+00'),
	(142, 49, 22, 'in_progress', '2027-05-14', NULL, '2024-04-19 01:30:00+00', NULL),
	(143, 50, 22, 'not_started', '2025-12-22', NULL, '2024-04-07 02:00:00+00', '2024-04-09 01:30:00+00'),
	(144, 50, 22, 'in_progress', '2025-12-22', NULL, '2024-04-09 01:30:00+00', '2025-11-23 03:00:00+00'),
	(145, 50, 22, 'awaiting_confirmation', '2025-12-22', '2025-11-23', '2025-11-23 03:00:00+00', '2025-11-25 08:00:00+00'),
	(146, 50, 22, 'completed', '2025-12-22', '2025-11-23', '2025-11-25 08:00:00+00', NULL),
	(147, 51, 23, 'not_started', '2027-12-07', NULL, '2024-03-28 02:00:00+00', '2024-03-30 01:30:00+00'),
	(148, 51, 23, 'in_progress', '2027-12-07', NULL, '2024-03-30 01:30:00+00', NULL),
	(149, 52, 23, 'not_started', '2026-03-31', NULL, '2024-04-01 02:00:00+00', '2024-04-03 01:30:00+00'),
	(150, 52, 23, 'in_progress', '2026-03-31', NULL, '2024-04-03 01:30:00+00', '2026-03-05 03:00:00+00'),
	(151, 52, 23, 'awaiting_confirmation', '2026-03-31', '2026-03-05', '2026-03-05 03:00:00+00', '2026-03-07 08:00:00+00'),
	(152, 52, 23, 'completed', '2026-03-31', '2026-03-05', '2026-03-07 08:00:00+00', NULL),
	(153, 53, 23, 'not_started', '2024-10-06', NULL, '2024-04-07 02:00:00+00', '2024-04-09 01:30:00+00'),
	(154, 53, 23, 'in_progress', '2024-10-06', NULL, '2024-04-09 01:30:00+00', NULL),
	(155, 54, 23, 'not_started', '2025-02-12', NULL, '2024-04-02 02:00:00+00', '2024-04-04 01:30:00+00'),
	(156, 54, 23, 'in_progress', '2025-02-12', NULL, '2024-04-04 01:30:00+00', '2025-01-11 03:00:00+00'),
	(157, 54, 23, 'awaiting_confirmation', '2025-02-12', '2025-01-11', '2025-01-11 03:00:00+00', '2025-01-13 08:00:00+00'),
	(158, 54, 23, 'completed', '2025-02-12', '2025-01-11', '2025-01-13 08:00:00+00', NULL),
	(159, 55, 23, 'not_started', '2024-09-08', NULL, '2024-03-26 02:00:00+00', '2024-03-28 01:30:00+00'),
	(160, 55, 23, 'in_progress', '2024-09-08', NULL, '2024-03-28 01:30:00+00', '2024-08-26 03:00:00+00'),
	(161, 55, 23, 'awaiting_confirmation', '2024-09-08', '2024-08-26', '2024-08-26 03:00:00+00', '2024-08-28 08:00:00+00'),
	(162, 55, 23, 'completed', '2024-09-08', '2024-08-26', '2024-08-28 08:00:00+00', NULL),
	(163, 56, 23, 'not_started', '2027-10-07', NULL, '2024-04-09 02:00:00+00', NULL),
	(164, 57, 23, 'not_started', '2025-05-02', NULL, '2024-04-13 02:00:00+00', '2024-04-15 01:30:00+00'),
	(165, 57, 23, 'in_progress', '2025-05-02', NULL, '2024-04-15 01:30:00+00', '2025-05-21 03:00:00+00'),
	(166, 57, 23, 'awaiting_confirmation', '2025-05-02', '2025-05-21', '2025-05-21 03:00:00+00', '2025-05-23 08:00:00+00'),
	(167, 57, 23, 'completed', '2025-05-02', '2025-05-21', '2025-05-23 08:00:00+00', NULL),
	(168, 58, 23, 'not_started', '2027-01-30', NULL, '2024-04-09 02:00:00+00', '2024-04-11 01:30:00+00'),
	(169, 58, 23, 'in_progress', '2027-01-30', NULL, '2024-04-11 01:30:00+00', NULL),
	(170, 59, 23, 'not_started', '2024-07-17', NULL, '2024-04-06 02:00:00+00', '2024-04-08 01:30:00+00'),
	(171, 59, 23, 'in_progress', '2024-07-17', NULL, '2024-04-08 01:30:00+00', '2024-07-01 03:00:00+00'),
	(172, 59, 23, 'awaiting_confirmation', '2024-07-17', '2024-07-01', '2024-07-01 03:00:00+00', NULL),
	(173, 60, 23, 'not_started', '2024-10-30', NULL, '2024-04-04 02:00:00+00', '2024-04-06 01:30:00+00'),
	(174, 60, 23, 'in_progress', '2024-10-30', NULL, '2024-04-06 01:30:00+00', '2024-10-01 03:00:00+00'),
	(175, 60, 23, 'awaiting_confirmation', '2024-10-30', '2024-10-01', '2024-10-01 03:00:00+00', NULL),
	(176, 61, 23, 'not_started', '2027-11-11', NULL, '2024-04-04 02:00:00+00', '2024-04-06 01:30:00+00'),
	(177, 61, 23, 'in_progress', '2027-11-11', NULL, '2024-04-06 01:30:00+00', NULL),
	(178, 62, 24, 'not_started', '2025-04-15', NULL, '2024-03-10 02:00:00+00', '2024-03-12 01:30:00+00'),
	(179, 62, 24, 'in_progress', '2025-04-15', NULL, '2024-03-12 01:30:00+00', '2025-02-15 03:00:00+00'),
	(180, 62, 24, 'awaiting_confirmation', '2025-04-15', '2025-02-15', '2025-02-15 03:00:00+00', '2025-02-17 08:00:00+00'),
	(181, 62, 24, 'completed', '2025-04-15', '2025-02-15', '2025-02-17 08:00:00+00', NULL),
	(182, 63, 24, 'not_started', '2027-02-13', NULL, '2024-03-15 02:00:00+00', '2024-03-17 01:30:00+00'),
	(183, 63, 24, 'in_progress', '2027-02-13', NULL, '2024-03-17 01:30:00+00', NULL),
	(184, 64, 24, 'not_started', '2024-11-22', NULL, '2024-03-12 02:00:00+00', '2024-03-14 01:30:00+00'),
	(185, 64, 24, 'in_progress', '2024-11-22', NULL, '2024-03-14 01:30:00+00', '2024-10-30 03:00:00+00'),
	(186, 64, 24, 'awaiting_confirmation', '2024-11-22', '2024-10-30', '2024-10-30 03:00:00+00', '2024-11-01 08:00:00+00'),
	(187, 64, 24, 'completed', '2024-11-22', '2024-10-30', '2024-11-01 08:00:00+00', NULL),
	(188, 65, 24, 'not_started', '2024-10-02', NULL, '2024-03-06 02:00:00+00', '2024-03-08 01:30:00+00'),
	(189, 65, 24, 'in_progress', '2024-10-02', NULL, '2024-03-08 01:30:00+00', '2024-08-15 03:00:00+00'),
	(190, 65, 24, 'awaiting_confirmation', '2024-10-02', '2024-08-15', '2024-08-15 03:00:00+00', '2024-08-17 08:00:00+00'),
	(191, 65, 24, 'completed', '2024-10-02', '2024-08-15', '2024-08-17 08:00:00+00', NULL),
	(192, 66, 24, 'not_started', '2027-06-14', NULL, '2024-03-23 02:00:00+00', '2024-03-25 01:30:00+00'),
	(193, 66, 24, 'in_progress', '2027-06-14', NULL, '2024-03-25 01:30:00+00', NULL),
	(194, 67, 24, 'not_started', '2025-05-30', NULL, '2024-03-07 02:00:00+00', '2024-03-09 01:30:00+00'),
	(195, 67, 24, 'in_progress', '2025-05-30', NULL, '2024-03-09 01:30:00+00', '2025-04-24 03:00:00+00'),
	(196, 67, 24, 'awaiting_confirmation', '2025-05-30', '2025-04-24', '2025-04-24 03:00:00+00', NULL),
	(197, 68, 24, 'not_started', '2024-11-08', NULL, '2024-03-21 02:00:00+00', '2024-03-23 01:30:00+00'),
	(198, 68, 24, 'in_progress', '2024-11-08', NULL, '2024-03-23 01:30:00+00', '2024-09-15 03:00:00+00'),
	(199, 68, 24, 'awaiting_confirmation', '2024-11-08', '2024-09-15', '2024-09-15 03:00:00+00', '2024-09-17 08:00:00+00'),
	(200, 68, 24, 'completed', '2024-11-08', '2024-09-15', '2024-09-17 08:00:00+00', NULL);
INSERT INTO public.task_status_periods VALUES
	(201, 69, 24, 'not_started', '2027-06-18', NULL, '2024-03-09 02:00:00+00', NULL),
	(202, 70, 24, 'not_started', '2027-09-05', NULL, '2024-03-11 02:00:00+00', NULL),
	(203, 71, 24, 'not_started', '2024-05-09', NULL, '2024-03-15 02:00:00+00', '2024-03-17 01:30:00+00'),
	(204, 71, 24, 'in_progress', '2024-05-09', NULL, '2024-03-17 01:30:00+00', '2024-04-25 03:00:00+00'),
	(205, 71, 24, 'awaiting_confirmation', '2024-05-09', '2024-04-25', '2024-04-25 03:00:00+00', '2024-04-27 08:00:00+00'),
	(206, 71, 24, 'completed', '2024-05-09', '2024-04-25', '2024-04-27 08:00:00+00', NULL),
	(207, 72, 24, 'not_started', '2025-10-01', NULL, '2024-03-05 02:00:00+00', '2024-03-07 01:30:00+00'),
	(208, 72, 24, 'in_progress', '2025-10-01', NULL, '2024-03-07 01:30:00+00', '2025-08-14 03:00:00+00'),
	(209, 72, 24, 'awaiting_confirmation', '2025-10-01', '2025-08-14', '2025-08-14 03:00:00+00', '2025-08-16 08:00:00+00'),
	(210, 72, 24, 'completed', '2025-10-01', '2025-08-14', '2025-08-16 08:00:00+00', NULL),
	(211, 73, 24, 'not_started', '2027-09-09', NULL, '2024-03-08 02:00:00+00', '2024-03-10 01:30:00+00'),
	(212, 73, 24, 'in_progress', '2027-09-09', NULL, '2024-03-10 01:30:00+00', NULL),
	(213, 74, 25, 'not_started', '2024-12-20', NULL, '2024-04-17 02:00:00+00', '2024-04-19 01:30:00+00'),
	(214, 74, 25, 'in_progress', '2024-12-20', NULL, '2024-04-19 01:30:00+00', '2025-01-12 03:00:00+00'),
	(215, 74, 25, 'awaiting_confirmation', '2024-12-20', '2025-01-12', '2025-01-12 03:00:00+00', '2025-01-14 08:00:00+00'),
	(216, 74, 25, 'completed', '2024-12-20', '2025-01-12', '2025-01-14 08:00:00+00', NULL),
	(217, 75, 25, 'not_started', '2025-08-24', NULL, '2024-04-06 02:00:00+00', '2024-04-08 01:30:00+00'),
	(218, 75, 25, 'in_progress', '2025-08-24', NULL, '2024-04-08 01:30:00+00', '2025-09-23 03:00:00+00'),
	(219, 75, 25, 'awaiting_confirmation', '2025-08-24', '2025-09-23', '2025-09-23 03:00:00+00', '2025-09-25 08:00:00+00'),
	(220, 75, 25, 'completed', '2025-08-24', '2025-09-23', '2025-09-25 08:00:00+00', NULL),
	(221, 76, 25, 'not_started', '2026-04-03', NULL, '2024-04-16 02:00:00+00', '2024-04-18 01:30:00+00'),
	(222, 76, 25, 'in_progress', '2026-04-03', NULL, '2024-04-18 01:30:00+00', '2026-02-11 03:00:00+00'),
	(223, 76, 25, 'awaiting_confirmation', '2026-04-03', '2026-02-11', '2026-02-11 03:00:00+00', '2026-02-13 08:00:00+00'),
	(224, 76, 25, 'completed', '2026-04-03', '2026-02-11', '2026-02-13 08:00:00+00', NULL),
	(225, 77, 25, 'not_started', '2025-02-19', NULL, '2024-04-14 02:00:00+00', '2024-04-16 01:30:00+00'),
	(226, 77, 25, 'in_progress', '2025-02-19', NULL, '2024-04-16 01:30:00+00', '2025-01-06 03:00:00+00'),
	(227, 77, 25, 'awaiting_confirmation', '2025-02-19', '2025-01-06', '2025-01-06 03:00:00+00', '2025-01-08 08:00:00+00'),
	(228, 77, 25, 'completed', '2025-02-19', '2025-01-06', '2025-01-08 08:00:00+00', NULL),
	(229, 78, 25, 'not_started', '2025-06-29', NULL, '2024-04-11 02:00:00+00', '2024-05-11 07:00:00+00'),
	(230, 78, 25, 'cancelled', '2025-06-29', NULL, '2024-05-11 07:00:00+00', NULL),
	(231, 79, 25, 'not_started', '2026-04-15', NULL, '2024-04-18 02:00:00+00', '2024-05-18 07:00:00+00'),
	(232, 79, 25, 'cancelled', '2026-04-15', NULL, '2024-05-18 07:00:00+00', NULL),
	(233, 80, 25, 'not_started', '2025-10-01', NULL, '2024-04-07 02:00:00+00', '2024-04-09 01:30:00+00'),
	(234, 80, 25, 'in_progress', '2025-10-01', NULL, '2024-04-09 01:30:00+00', '2025-10-13 03:00:00+00'),
	(235, 80, 25, 'awaiting_confirmation', '2025-10-01', '2025-10-13', '2025-10-13 03:00:00+00', '2025-10-15 08:00:00+00'),
	(236, 80, 25, 'completed', '2025-10-01', '2025-10-13', '2025-10-15 08:00:00+00', NULL),
	(237, 81, 26, 'not_started', '2024-11-09', NULL, '2024-05-29 02:00:00+00', '2024-05-31 01:30:00+00'),
	(238, 81, 26, 'in_progress', '2024-11-09', NULL, '2024-05-31 01:30:00+00', '2024-10-19 03:00:00+00'),
	(359, 124, 31, 'in_progress', '2026-02-21', NULL, '2024-03-12 01:30:00+00', '2026-01-11 03:00:00+00'),
	(239, 81, 26, 'awaiting_confirmation', '2024-11-09', '2024-10-19', '2024-10-19 03:00:00+00', '2024-10-21 08:00:00+00'),
	(240, 81, 26, 'completed', '2024-11-09', '2024-10-19', '2024-10-21 08:00:00+00', NULL),
	(241, 82, 26, 'not_started', '2027-06-26', NULL, '2024-05-18 02:00:00+00', '2024-05-20 01:30:00+00'),
	(242, 82, 26, 'in_progress', '2027-06-26', NULL, '2024-05-20 01:30:00+00', NULL),
	(243, 83, 26, 'not_started', '2025-11-24', NULL, '2024-05-26 02:00:00+00', '2024-05-28 01:30:00+00'),
	(244, 83, 26, 'in_progress', '2025-11-24', NULL, '2024-05-28 01:30:00+00', '2025-10-28 03:00:00+00'),
	(245, 83, 26, 'awaiting_confirmation', '2025-11-24', '2025-10-28', '2025-10-28 03:00:00+00', '2025-10-30 08:00:00+00'),
	(246, 83, 26, 'completed', '2025-11-24', '2025-10-28', '2025-10-30 08:00:00+00', NULL),
	(247, 84, 26, 'not_started', '2027-03-11', NULL, '2024-05-29 02:00:00+00', '2024-05-31 01:30:00+00'),
	(248, 84, 26, 'in_progress', '2027-03-11', NULL, '2024-05-31 01:30:00+00', NULL),
	(249, 85, 26, 'not_started', '2025-10-02', NULL, '2024-05-18 02:00:00+00', '2024-05-20 01:30:00+00'),
	(250, 85, 26, 'in_progress', '2025-10-02', NULL, '2024-05-20 01:30:00+00', NULL),
	(251, 86, 26, 'not_started', '2025-02-16', NULL, '2024-05-21 02:00:00+00', '2024-05-23 01:30:00+00'),
	(252, 86, 26, 'in_progress', '2025-02-16', NULL, '2024-05-23 01:30:00+00', '2024-12-23 03:00:00+00'),
	(253, 86, 26, 'awaiting_confirmation', '2025-02-16', '2024-12-23', '2024-12-23 03:00:00+00', '2024-12-25 08:00:00+00'),
	(254, 86, 26, 'completed', '2025-02-16', '2024-12-23', '2024-12-25 08:00:00+00', NULL),
	(255, 87, 26, 'not_started', '2025-07-17', NULL, '2024-05-16 02:00:00+00', '2024-05-18 01:30:00+00'),
	(256, 87, 26, 'in_progress', '2025-07-17', NULL, '2024-05-18 01:30:00+00', '2025-05-31 03:00:00+00'),
	(257, 87, 26, 'awaiting_confirmation', '2025-07-17', '2025-05-31', '2025-05-31 03:00:00+00', '2025-06-02 08:00:00+00'),
	(258, 87, 26, 'completed', '2025-07-17', '2025-05-31', '2025-06-02 08:00:00+00', NULL),
	(259, 88, 26, 'not_started', '2027-03-11', NULL, '2024-05-30 02:00:00+00', '2024-06-01 01:30:00+00'),
	(260, 88, 26, 'in_progress', '2027-03-11', NULL, '2024-06-01 01:30:00+00', NULL),
	(261, 89, 26, 'not_started', '2026-04-24', NULL, '2024-05-28 02:00:00+00', '2024-05-30 01:30:00+00'),
	(262, 89, 26, 'in_progress', '2026-04-24', NULL, '2024-05-30 01:30:00+00', '2026-02-24 03:00:00+00'),
	(263, 89, 26, 'awaiting_confirmation', '2026-04-24', '2026-02-24', '2026-02-24 03:00:00+00', '2026-02-26 08:00:00+00'),
	(264, 89, 26, 'completed', '2026-04-24', '2026-02-24', '2026-02-26 08:00:00+00', NULL),
	(265, 90, 26, 'not_started', '2024-12-24', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(266, 90, 26, 'in_progress', '2024-12-24', NULL, '2024-05-29 01:30:00+00', '2024-11-23 03:00:00+00'),
	(267, 90, 26, 'awaiting_confirmation', '2024-12-24', '2024-11-23', '2024-11-23 03:00:00+00', '2024-11-25 08:00:00+00'),
	(268, 90, 26, 'completed', '2024-12-24', '2024-11-23', '2024-11-25 08:00:00+00', NULL),
	(269, 91, 26, 'not_started', '2026-05-31', NULL, '2024-05-20 02:00:00+00', '2024-05-22 01:30:00+00'),
	(270, 91, 26, 'in_progress', '2026-05-31', NULL, '2024-05-22 01:30:00+00', '2026-05-16 03:00:00+00'),
	(271, 91, 26, 'awaiting_confirmation', '2026-05-31', '2026-05-16', '2026-05-16 03:00:00+00', NULL),
	(272, 92, 27, 'not_started', '2027-11-27', NULL, '2024-04-26 02:00:00+00', NULL),
	(273, 93, 27, 'not_started', '2025-06-23', NULL, '2024-04-24 02:00:00+00', NULL),
	(274, 94, 27, 'not_started', '2024-10-12', NULL, '2024-04-30 02:00:00+00', '2024-05-02 01:30:00+00'),
	(275, 94, 27, 'in_progress', '2024-10-12', NULL, '2024-05-02 01:30:00+00', '2024-10-01 03:00:00+00'),
	(276, 94, 27, 'awaiting_confirmation', '2024-10-12', '2024-10-01', '2024-10-01 03:00:00+00', '2024-10-03 08:00:00+00'),
	(277, 94, 27, 'completed', '2024-10-12', '2024-10-01', '2024-10-03 08:00:00+00', NULL),
	(278, 95, 27, 'not_started', '2025-04-07', NULL, '2024-04-24 02:00:00+00', '2024-04-26 01:30:00+00'),
	(279, 95, 27, 'in_progress', '2025-04-07', NULL, '2024-04-26 01:30:00+00', '2025-04-07 03:00:00+00'),
	(280, 95, 27, 'awaiting_confirmation', '2025-04-07', '2025-04-07', '2025-04-07 03:00:00+00', '2025-04-09 08:00:00+00'),
	(281, 95, 27, 'completed', '2025-04-07', '2025-04-07', '2025-04-09 08:00:00+00', NULL),
	(282, 96, 27, 'not_started', '2024-12-01', NULL, '2024-04-29 02:00:00+00', '2024-05-29 07:00:00+00'),
	(283, 96, 27, 'cancelled', '2024-12-01', NULL, '2024-05-29 07:00:00+00', NULL),
	(284, 97, 27, 'not_started', '2025-07-10', NULL, '2024-04-28 02:00:00+00', '2024-04-30 01:30:00+00'),
	(285, 97, 27, 'in_progress', '2025-07-10', NULL, '2024-04-30 01:30:00+00', '2025-05-23 03:00:00+00'),
	(286, 97, 27, 'awaiting_confirmation', '2025-07-10', '2025-05-23', '2025-05-23 03:00:00+00', NULL),
	(287, 98, 28, 'not_started', '2027-12-14', NULL, '2024-04-10 02:00:00+00', '2024-04-12 01:30:00+00'),
	(288, 98, 28, 'in_progress', '2027-12-14', NULL, '2024-04-12 01:30:00+00', NULL),
	(289, 99, 28, 'not_started', '2027-03-09', NULL, '2024-03-29 02:00:00+00', '2024-03-31 01:30:00+00'),
	(290, 99, 28, 'in_progress', '2027-03-09', NULL, '2024-03-31 01:30:00+00', NULL),
	(291, 100, 28, 'not_started', '2027-03-06', NULL, '2024-03-26 02:00:00+00', NULL),
	(292, 101, 28, 'not_started', '2025-03-06', NULL, '2024-04-12 02:00:00+00', '2024-04-14 01:30:00+00'),
	(293, 101, 28, 'in_progress', '2025-03-06', NULL, '2024-04-14 01:30:00+00', '2025-02-22 03:00:00+00'),
	(294, 101, 28, 'awaiting_confirmation', '2025-03-06', '2025-02-22', '2025-02-22 03:00:00+00', '2025-02-24 08:00:00+00'),
	(295, 101, 28, 'completed', '2025-03-06', '2025-02-22', '2025-02-24 08:00:00+00', NULL),
	(296, 102, 28, 'not_started', '2026-11-30', NULL, '2024-03-25 02:00:00+00', NULL),
	(297, 103, 28, 'not_started', '2026-05-07', NULL, '2024-04-11 02:00:00+00', '2024-04-13 01:30:00+00'),
	(298, 103, 28, 'in_progress', '2026-05-07', NULL, '2024-04-13 01:30:00+00', '2026-03-23 03:00:00+00'),
	(299, 103, 28, 'awaiting_confirmation', '2026-05-07', '2026-03-23', '2026-03-23 03:00:00+00', '2026-03-25 08:00:00+00'),
	(300, 103, 28, 'completed', '2026-05-07', '2026-03-23', '2026-03-25 08:00:00+00', NULL),
	(301, 104, 28, 'not_started', '2024-08-25', NULL, '2024-04-06 02:00:00+00', '2024-04-08 01:30:00+00'),
	(302, 104, 28, 'in_progress', '2024-08-25', NULL, '2024-04-08 01:30:00+00', '2024-07-10 03:00:00+00'),
	(303, 104, 28, 'awaiting_confirmation', '2024-08-25', '2024-07-10', '2024-07-10 03:00:00+00', '2024-07-12 08:00:00+00'),
	(304, 104, 28, 'completed', '2024-08-25', '2024-07-10', '2024-07-12 08:00:00+00', NULL),
	(305, 105, 28, 'not_started', '2024-08-07', NULL, '2024-04-12 02:00:00+00', '2024-04-14 01:30:00+00'),
	(306, 105, 28, 'in_progress', '2024-08-07', NULL, '2024-04-14 01:30:00+00', '2024-06-08 03:00:00+00'),
	(307, 105, 28, 'awaiting_confirmation', '2024-08-07', '2024-06-08', '2024-06-08 03:00:00+00', '2024-06-10 08:00:00+00'),
	(308, 105, 28, 'completed', '2024-08-07', '2024-06-08', '2024-06-10 08:00:00+00', NULL),
	(309, 106, 28, 'not_started', '2026-03-27', NULL, '2024-03-26 02:00:00+00', '2024-03-28 01:30:00+00'),
	(310, 106, 28, 'in_progress', '2026-03-27', NULL, '2024-03-28 01:30:00+00', NULL),
	(311, 107, 28, 'not_started', '2027-01-28', NULL, '2024-04-11 02:00:00+00', '2024-04-13 01:30:00+00'),
	(312, 107, 28, 'in_progress', '2027-01-28', NULL, '2024-04-13 01:30:00+00', NULL),
	(313, 108, 28, 'not_started', '2025-10-01', NULL, '2024-03-31 02:00:00+00', NULL),
	(314, 109, 28, 'not_started', '2027-05-21', NULL, '2024-04-11 02:00:00+00', '2024-04-13 01:30:00+00'),
	(315, 109, 28, 'in_progress', '2027-05-21', NULL, '2024-04-13 01:30:00+00', NULL),
	(316, 110, 29, 'not_started', '2026-04-19', NULL, '2024-04-15 02:00:00+00', '2024-04-17 01:30:00+00'),
	(317, 110, 29, 'in_progress', '2026-04-19', NULL, '2024-04-17 01:30:00+00', '2026-04-16 03:00:00+00'),
	(318, 110, 29, 'awaiting_confirmation', '2026-04-19', '2026-04-16', '2026-04-16 03:00:00+00', '2026-04-18 08:00:00+00'),
	(319, 110, 29, 'completed', '2026-04-19', '2026-04-16', '2026-04-18 08:00:00+00', NULL),
	(320, 111, 29, 'not_started', '2027-07-10', NULL, '2024-04-22 02:00:00+00', '2024-04-24 01:30:00+00'),
	(321, 111, 29, 'in_progress', '2027-07-10', NULL, '2024-04-24 01:30:00+00', NULL),
	(322, 112, 29, 'not_started', '2025-09-27', NULL, '2024-04-14 02:00:00+00', '2024-04-16 01:30:00+00'),
	(323, 112, 29, 'in_progress', '2025-09-27', NULL, '2024-04-16 01:30:00+00', '2025-08-07 03:00:00+00'),
	(324, 112, 29, 'awaiting_confirmation', '2025-09-27', '2025-08-07', '2025-08-07 03:00:00+00', '2025-08-09 08:00:00+00'),
	(325, 112, 29, 'completed', '2025-09-27', '2025-08-07', '2025-08-09 08:00:00+00', NULL),
	(326, 113, 29, 'not_started', '2025-02-20', NULL, '2024-04-26 02:00:00+00', '2024-04-28 01:30:00+00'),
	(327, 113, 29, 'in_progress', '2025-02-20', NULL, '2024-04-28 01:30:00+00', '2025-02-09 03:00:00+00'),
	(328, 113, 29, 'awaiting_confirmation', '2025-02-20', '2025-02-09', '2025-02-09 03:00:00+00', NULL),
	(329, 114, 29, 'not_started', '2025-10-05', NULL, '2024-04-16 02:00:00+00', '2024-04-18 01:30:00+00'),
	(330, 114, 29, 'in_progress', '2025-10-05', NULL, '2024-04-18 01:30:00+00', '2025-09-29 03:00:00+00'),
	(331, 114, 29, 'awaiting_confirmation', '2025-10-05', '2025-09-29', '2025-09-29 03:00:00+00', '2025-10-01 08:00:00+00'),
	(332, 114, 29, 'completed', '2025-10-05', '2025-09-29', '2025-10-01 08:00:00+00', NULL),
	(333, 115, 29, 'not_started', '2024-07-27', NULL, '2024-04-25 02:00:00+00', '2024-04-27 01:30:00+00'),
	(334, 115, 29, 'in_progress', '2024-07-27', NULL, '2024-04-27 01:30:00+00', '2024-07-29 03:00:00+00'),
	(335, 115, 29, 'awaiting_confirmation', '2024-07-27', '2024-07-29', '2024-07-29 03:00:00+00', '2024-07-31 08:00:00+00'),
	(336, 115, 29, 'completed', '2024-07-27', '2024-07-29', '2024-07-31 08:00:00+00', NULL),
	(337, 116, 29, 'not_started', '2026-02-23', NULL, '2024-04-22 02:00:00+00', '2024-04-24 01:30:00+00'),
	(338, 116, 29, 'in_progress', '2026-02-23', NULL, '2024-04-24 01:30:00+00', '2025-12-27 03:00:00+00'),
	(339, 116, 29, 'awaiting_confirmation', '2026-02-23', '2025-12-27', '2025-12-27 03:00:00+00', '2025-12-29 08:00:00+00'),
	(340, 116, 29, 'completed', '2026-02-23', '2025-12-27', '2025-12-29 08:00:00+00', NULL),
	(341, 117, 29, 'not_started', '2024-06-16', NULL, '2024-04-20 02:00:00+00', '2024-04-22 01:30:00+00'),
	(342, 117, 29, 'in_progress', '2024-06-16', NULL, '2024-04-22 01:30:00+00', '2024-05-23 03:00:00+00'),
	(343, 117, 29, 'awaiting_confirmation', '2024-06-16', '2024-05-23', '2024-05-23 03:00:00+00', '2024-05-25 08:00:00+00'),
	(344, 117, 29, 'completed', '2024-06-16', '2024-05-23', '2024-05-25 08:00:00+00', NULL),
	(345, 118, 29, 'not_started', '2027-01-26', NULL, '2024-04-24 02:00:00+00', NULL),
	(346, 119, 29, 'not_started', '2026-12-07', NULL, '2024-04-29 02:00:00+00', NULL),
	(347, 120, 29, 'not_started', '2025-05-22', NULL, '2024-04-25 02:00:00+00', NULL),
	(348, 121, 29, 'not_started', '2027-11-27', NULL, '2024-04-18 02:00:00+00', '2024-04-20 01:30:00+00'),
	(349, 121, 29, 'in_progress', '2027-11-27', NULL, '2024-04-20 01:30:00+00', NULL),
	(350, 122, 29, 'not_started', '2026-02-14', NULL, '2024-04-25 02:00:00+00', '2024-04-27 01:30:00+00'),
	(351, 122, 29, 'in_progress', '2026-02-14', NULL, '2024-04-27 01:30:00+00', '2026-02-09 03:00:00+00'),
	(352, 122, 29, 'awaiting_confirmation', '2026-02-14', '2026-02-09', '2026-02-09 03:00:00+00', '2026-02-11 08:00:00+00'),
	(353, 122, 29, 'completed', '2026-02-14', '2026-02-09', '2026-02-11 08:00:00+00', NULL),
	(354, 123, 31, 'not_started', '2025-10-31', NULL, '2024-03-14 02:00:00+00', '2024-03-16 01:30:00+00'),
	(355, 123, 31, 'in_progress', '2025-10-31', NULL, '2024-03-16 01:30:00+00', '2025-10-28 03:00:00+00'),
	(356, 123, 31, 'awaiting_confirmation', '2025-10-31', '2025-10-28', '2025-10-28 03:00:00+00', '2025-10-30 08:00:00+00'),
	(357, 123, 31, 'completed', '2025-10-31', '2025-10-28', '2025-10-30 08:00:00+00', NULL),
	(358, 124, 31, 'not_started', '2026-02-21', NULL, '2024-03-10 02:00:00+00', '2024-03-12 01:30:00+00'),
	(360, 124, 31, 'awaiting_confirmation', '2026-02-21', '2026-01-11', '2026-01-11 03:00:00+00', '2026-01-13 08:00:00+00'),
	(361, 124, 31, 'completed', '2026-02-21', '2026-01-11', '2026-01-13 08:00:00+00', NULL),
	(362, 125, 31, 'not_started', '2024-06-29', NULL, '2024-03-04 02:00:00+00', '2024-03-06 01:30:00+00'),
	(363, 125, 31, 'in_progress', '2024-06-29', NULL, '2024-03-06 01:30:00+00', '2024-05-04 03:00:00+00'),
	(364, 125, 31, 'awaiting_confirmation', '2024-06-29', '2024-05-04', '2024-05-04 03:00:00+00', '2024-05-06 08:00:00+00'),
	(365, 125, 31, 'completed', '2024-06-29', '2024-05-04', '2024-05-06 08:00:00+00', NULL),
	(366, 126, 31, 'not_started', '2024-12-06', NULL, '2024-03-19 02:00:00+00', '2024-03-21 01:30:00+00'),
	(367, 126, 31, 'in_progress', '2024-12-06', NULL, '2024-03-21 01:30:00+00', '2025-01-01 03:00:00+00'),
	(368, 126, 31, 'awaiting_confirmation', '2024-12-06', '2025-01-01', '2025-01-01 03:00:00+00', '2025-01-03 08:00:00+00'),
	(369, 126, 31, 'completed', '2024-12-06', '2025-01-01', '2025-01-03 08:00:00+00', NULL),
	(370, 127, 31, 'not_started', '2025-07-29', NULL, '2024-03-08 02:00:00+00', NULL),
	(371, 128, 31, 'not_started', '2025-02-06', NULL, '2024-03-07 02:00:00+00', '2024-03-09 01:30:00+00'),
	(372, 128, 31, 'in_progress', '2025-02-06', NULL, '2024-03-09 01:30:00+00', '2025-03-02 03:00:00+00'),
	(373, 128, 31, 'awaiting_confirmation', '2025-02-06', '2025-03-02', '2025-03-02 03:00:00+00', '2025-03-04 08:00:00+00'),
	(374, 128, 31, 'completed', '2025-02-06', '2025-03-02', '2025-03-04 08:00:00+00', NULL),
	(375, 129, 31, 'not_started', '2027-01-25', NULL, '2024-03-09 02:00:00+00', NULL),
	(376, 130, 31, 'not_started', '2024-10-02', NULL, '2024-03-12 02:00:00+00', '2024-03-14 01:30:00+00'),
	(377, 130, 31, 'in_progress', '2024-10-02', NULL, '2024-03-14 01:30:00+00', '2024-08-26 03:00:00+00'),
	(378, 130, 31, 'awaiting_confirmation', '2024-10-02', '2024-08-26', '2024-08-26 03:00:00+00', '2024-08-28 08:00:00+00'),
	(379, 130, 31, 'completed', '2024-10-02', '2024-08-26', '2024-08-28 08:00:00+00', NULL),
	(380, 131, 32, 'not_started', '2027-01-29', NULL, '2024-03-24 02:00:00+00', NULL),
	(381, 132, 32, 'not_started', '2027-04-03', NULL, '2024-04-03 02:00:00+00', NULL),
	(382, 133, 32, 'not_started', '2024-12-05', NULL, '2024-03-24 02:00:00+00', '2024-03-26 01:30:00+00'),
	(383, 133, 32, 'in_progress', '2024-12-05', NULL, '2024-03-26 01:30:00+00', '2024-12-08 03:00:00+00'),
	(384, 133, 32, 'awaiting_confirmation', '2024-12-05', '2024-12-08', '2024-12-08 03:00:00+00', '2024-12-10 08:00:00+00'),
	(385, 133, 32, 'completed', '2024-12-05', '2024-12-08', '2024-12-10 08:00:00+00', NULL),
	(386, 134, 32, 'not_started', '2025-03-31', NULL, '2024-03-23 02:00:00+00', '2024-03-25 01:30:00+00'),
	(387, 134, 32, 'in_progress', '2025-03-31', NULL, '2024-03-25 01:30:00+00', '2025-03-30 03:00:00+00'),
	(388, 134, 32, 'awaiting_confirmation', '2025-03-31', '2025-03-30', '2025-03-30 03:00:00+00', '2025-04-01 08:00:00+00'),
	(389, 134, 32, 'completed', '2025-03-31', '2025-03-30', '2025-04-01 08:00:00+00', NULL),
	(390, 135, 32, 'not_started', '2024-07-27', NULL, '2024-03-25 02:00:00+00', '2024-03-27 01:30:00+00'),
	(391, 135, 32, 'in_progress', '2024-07-27', NULL, '2024-03-27 01:30:00+00', '2024-06-23 03:00:00+00'),
	(392, 135, 32, 'awaiting_confirmation', '2024-07-27', '2024-06-23', '2024-06-23 03:00:00+00', '2024-06-25 08:00:00+00'),
	(393, 135, 32, 'completed', '2024-07-27', '2024-06-23', '2024-06-25 08:00:00+00', NULL),
	(394, 136, 32, 'not_started', '2024-06-07', NULL, '2024-03-27 02:00:00+00', '2024-03-29 01:30:00+00'),
	(395, 136, 32, 'in_progress', '2024-06-07', NULL, '2024-03-29 01:30:00+00', NULL),
	(396, 137, 32, 'not_started', '2024-07-06', NULL, '2024-03-28 02:00:00+00', '2024-03-30 01:30:00+00'),
	(397, 137, 32, 'in_progress', '2024-07-06', NULL, '2024-03-30 01:30:00+00', '2024-07-14 03:00:00+00'),
	(398, 137, 32, 'awaiting_confirmation', '2024-07-06', '2024-07-14', '2024-07-14 03:00:00+00', NULL),
	(399, 138, 32, 'not_started', '2025-04-29', NULL, '2024-03-25 02:00:00+00', NULL),
	(400, 139, 32, 'not_started', '2024-10-16', NULL, '2024-03-26 02:00:00+00', '2024-03-28 01:30:00+00');
INSERT INTO public.task_status_periods VALUES
	(401, 139, 32, 'in_progress', '2024-10-16', NULL, '2024-03-28 01:30:00+00', '2024-10-25 03:00:00+00'),
	(402, 139, 32, 'awaiting_confirmation', '2024-10-16', '2024-10-25', '2024-10-25 03:00:00+00', '2024-10-27 08:00:00+00'),
	(403, 139, 32, 'completed', '2024-10-16', '2024-10-25', '2024-10-27 08:00:00+00', NULL),
	(404, 140, 32, 'not_started', '2027-11-26', NULL, '2024-04-03 02:00:00+00', '2024-04-05 01:30:00+00'),
	(405, 140, 32, 'in_progress', '2027-11-26', NULL, '2024-04-05 01:30:00+00', NULL),
	(406, 141, 32, 'not_started', '2024-10-25', NULL, '2024-03-21 02:00:00+00', '2024-03-23 01:30:00+00'),
	(407, 141, 32, 'in_progress', '2024-10-25', NULL, '2024-03-23 01:30:00+00', '2024-10-31 03:00:00+00'),
	(408, 141, 32, 'awaiting_confirmation', '2024-10-25', '2024-10-31', '2024-10-31 03:00:00+00', '2024-11-02 08:00:00+00'),
	(409, 141, 32, 'completed', '2024-10-25', '2024-10-31', '2024-11-02 08:00:00+00', NULL),
	(410, 142, 32, 'not_started', '2025-07-24', NULL, '2024-04-03 02:00:00+00', '2024-04-05 01:30:00+00'),
	(411, 142, 32, 'in_progress', '2025-07-24', NULL, '2024-04-05 01:30:00+00', NULL),
	(412, 143, 32, 'not_started', '2024-06-12', NULL, '2024-03-28 02:00:00+00', '2024-03-30 01:30:00+00'),
	(413, 143, 32, 'in_progress', '2024-06-12', NULL, '2024-03-30 01:30:00+00', '2024-04-18 03:00:00+00'),
	(414, 143, 32, 'awaiting_confirmation', '2024-06-12', '2024-04-18', '2024-04-18 03:00:00+00', '2024-04-20 08:00:00+00'),
	(415, 143, 32, 'completed', '2024-06-12', '2024-04-18', '2024-04-20 08:00:00+00', NULL),
	(416, 144, 33, 'not_started', '2025-06-03', NULL, '2024-06-14 02:00:00+00', '2024-06-16 01:30:00+00'),
	(417, 144, 33, 'in_progress', '2025-06-03', NULL, '2024-06-16 01:30:00+00', '2025-05-20 03:00:00+00'),
	(418, 144, 33, 'awaiting_confirmation', '2025-06-03', '2025-05-20', '2025-05-20 03:00:00+00', '2025-05-22 08:00:00+00'),
	(419, 144, 33, 'completed', '2025-06-03', '2025-05-20', '2025-05-22 08:00:00+00', NULL),
	(420, 145, 33, 'not_started', '2026-01-27', NULL, '2024-06-14 02:00:00+00', '2024-06-16 01:30:00+00'),
	(421, 145, 33, 'in_progress', '2026-01-27', NULL, '2024-06-16 01:30:00+00', '2025-12-23 03:00:00+00'),
	(422, 145, 33, 'awaiting_confirmation', '2026-01-27', '2025-12-23', '2025-12-23 03:00:00+00', '2025-12-25 08:00:00+00'),
	(423, 145, 33, 'completed', '2026-01-27', '2025-12-23', '2025-12-25 08:00:00+00', NULL),
	(424, 146, 33, 'not_started', '2026-04-01', NULL, '2024-06-20 02:00:00+00', '2024-06-22 01:30:00+00'),
	(425, 146, 33, 'in_progress', '2026-04-01', NULL, '2024-06-22 01:30:00+00', '2026-03-13 03:00:00+00'),
	(426, 146, 33, 'awaiting_confirmation', '2026-04-01', '2026-03-13', '2026-03-13 03:00:00+00', '2026-03-15 08:00:00+00'),
	(427, 146, 33, 'completed', '2026-04-01', '2026-03-13', '2026-03-15 08:00:00+00', NULL),
	(428, 147, 33, 'not_started', '2024-10-30', NULL, '2024-06-11 02:00:00+00', '2024-06-13 01:30:00+00'),
	(429, 147, 33, 'in_progress', '2024-10-30', NULL, '2024-06-13 01:30:00+00', NULL),
	(430, 148, 33, 'not_started', '2024-08-22', NULL, '2024-06-25 02:00:00+00', '2024-06-27 01:30:00+00'),
	(431, 148, 33, 'in_progress', '2024-08-22', NULL, '2024-06-27 01:30:00+00', '2024-09-09 03:00:00+00'),
	(432, 148, 33, 'awaiting_confirmation', '2024-08-22', '2024-09-09', '2024-09-09 03:00:00+00', '2024-09-11 08:00:00+00'),
	(433, 148, 33, 'completed', '2024-08-22', '2024-09-09', '2024-09-11 08:00:00+00', NULL),
	(434, 149, 33, 'not_started', '2024-11-23', NULL, '2024-06-14 02:00:00+00', '2024-06-16 01:30:00+00'),
	(435, 149, 33, 'in_progress', '2024-11-23', NULL, '2024-06-16 01:30:00+00', NULL),
	(436, 150, 34, 'not_started', '2027-12-22', NULL, '2024-04-16 02:00:00+00', '2024-04-18 01:30:00+00'),
	(437, 150, 34, 'in_progress', '2027-12-22', NULL, '2024-04-18 01:30:00+00', NULL),
	(438, 151, 34, 'not_started', '2025-09-14', NULL, '2024-04-11 02:00:00+00', '2024-04-13 01:30:00+00'),
	(439, 151, 34, 'in_progress', '2025-09-14', NULL, '2024-04-13 01:30:00+00', '2025-09-25 03:00:00+00'),
	(440, 151, 34, 'awaiting_confirmation', '2025-09-14', '2025-09-25', '2025-09-25 03:00:00+00', NULL),
	(441, 152, 34, 'not_started', '2025-04-21', NULL, '2024-04-23 02:00:00+00', NULL),
	(442, 153, 34, 'not_started', '2026-04-12', NULL, '2024-04-28 02:00:00+00', '2024-04-30 01:30:00+00'),
	(443, 153, 34, 'in_progress', '2026-04-12', NULL, '2024-04-30 01:30:00+00', '2026-03-12 03:00:00+00'),
	(444, 153, 34, 'awaiting_confirmation', '2026-04-12', '2026-03-12', '2026-03-12 03:00:00+00', NULL),
	(445, 154, 34, 'not_started', '2027-05-15', NULL, '2024-04-23 02:00:00+00', '2024-04-25 01:30:00+00'),
	(446, 154, 34, 'in_progress', '2027-05-15', NULL, '2024-04-25 01:30:00+00', NULL),
	(447, 155, 34, 'not_started', '2025-03-06', NULL, '2024-04-11 02:00:00+00', '2024-04-13 01:30:00+00'),
	(448, 155, 34, 'in_progress', '2025-03-06', NULL, '2024-04-13 01:30:00+00', '2025-03-24 03:00:00+00'),
	(449, 155, 34, 'awaiting_confirmation', '2025-03-06', '2025-03-24', '2025-03-24 03:00:00+00', '2025-03-26 08:00:00+00'),
	(450, 155, 34, 'completed', '2025-03-06', '2025-03-24', '2025-03-26 08:00:00+00', NULL),
	(451, 156, 34, 'not_started', '2027-10-25', NULL, '2024-04-21 02:00:00+00', '2024-04-23 01:30:00+00'),
	(452, 156, 34, 'in_progress', '2027-10-25', NULL, '2024-04-23 01:30:00+00', NULL),
	(453, 157, 34, 'not_started', '2024-06-10', NULL, '2024-04-24 02:00:00+00', '2024-04-26 01:30:00+00'),
	(454, 157, 34, 'in_progress', '2024-06-10', NULL, '2024-04-26 01:30:00+00', '2024-07-09 03:00:00+00'),
	(455, 157, 34, 'awaiting_confirmation', '2024-06-10', '2024-07-09', '2024-07-09 03:00:00+00', '2024-07-11 08:00:00+00'),
	(456, 157, 34, 'completed', '2024-06-10', '2024-07-09', '2024-07-11 08:00:00+00', NULL),
	(457, 158, 35, 'not_started', '2024-07-05', NULL, '2024-05-29 02:00:00+00', '2024-05-31 01:30:00+00'),
	(458, 158, 35, 'in_progress', '2024-07-05', NULL, '2024-05-31 01:30:00+00', NULL),
	(459, 159, 35, 'not_started', '2026-01-03', NULL, '2024-06-14 02:00:00+00', '2024-06-16 01:30:00+00'),
	(460, 159, 35, 'in_progress', '2026-01-03', NULL, '2024-06-16 01:30:00+00', '2026-01-26 03:00:00+00'),
	(461, 159, 35, 'awaiting_confirmation', '2026-01-03', '2026-01-26', '2026-01-26 03:00:00+00', '2026-01-28 08:00:00+00'),
	(462, 159, 35, 'completed', '2026-01-03', '2026-01-26', '2026-01-28 08:00:00+00', NULL),
	(463, 160, 35, 'not_started', '2026-05-09', NULL, '2024-06-13 02:00:00+00', '2024-07-13 07:00:00+00'),
	(464, 160, 35, 'cancelled', '2026-05-09', NULL, '2024-07-13 07:00:00+00', NULL),
	(465, 161, 35, 'not_started', '2026-04-26', NULL, '2024-06-05 02:00:00+00', '2024-06-07 01:30:00+00'),
	(466, 161, 35, 'in_progress', '2026-04-26', NULL, '2024-06-07 01:30:00+00', '2026-04-21 03:00:00+00'),
	(467, 161, 35, 'awaiting_confirmation', '2026-04-26', '2026-04-21', '2026-04-21 03:00:00+00', '2026-04-23 08:00:00+00'),
	(468, 161, 35, 'completed', '2026-04-26', '2026-04-21', '2026-04-23 08:00:00+00', NULL),
	(469, 162, 35, 'not_started', '2027-03-04', NULL, '2024-06-14 02:00:00+00', '2024-06-16 01:30:00+00'),
	(470, 162, 35, 'in_progress', '2027-03-04', NULL, '2024-06-16 01:30:00+00', NULL),
	(471, 163, 35, 'not_started', '2026-06-16', NULL, '2024-05-29 02:00:00+00', '2024-05-31 01:30:00+00'),
	(472, 163, 35, 'in_progress', '2026-06-16', NULL, '2024-05-31 01:30:00+00', '2026-07-03 03:00:00+00'),
	(473, 163, 35, 'awaiting_confirmation', '2026-06-16', '2026-07-03', '2026-07-03 03:00:00+00', '2026-07-05 08:00:00+00'),
	(474, 163, 35, 'completed', '2026-06-16', '2026-07-03', '2026-07-05 08:00:00+00', NULL),
	(475, 164, 35, 'not_started', '2025-11-11', NULL, '2024-06-02 02:00:00+00', '2024-06-04 01:30:00+00'),
	(476, 164, 35, 'in_progress', '2025-11-11', NULL, '2024-06-04 01:30:00+00', '2025-09-22 03:00:00+00'),
	(477, 164, 35, 'awaiting_confirmation', '2025-11-11', '2025-09-22', '2025-09-22 03:00:00+00', '2025-09-24 08:00:00+00'),
	(478, 164, 35, 'completed', '2025-11-11', '2025-09-22', '2025-09-24 08:00:00+00', NULL),
	(479, 165, 35, 'not_started', '2026-02-24', NULL, '2024-06-15 02:00:00+00', NULL),
	(480, 166, 35, 'not_started', '2025-08-13', NULL, '2024-05-31 02:00:00+00', '2024-06-02 01:30:00+00'),
	(481, 166, 35, 'in_progress', '2025-08-13', NULL, '2024-06-02 01:30:00+00', '2025-07-06 03:00:00+00'),
	(482, 166, 35, 'awaiting_confirmation', '2025-08-13', '2025-07-06', '2025-07-06 03:00:00+00', '2025-07-08 08:00:00+00'),
	(483, 166, 35, 'completed', '2025-08-13', '2025-07-06', '2025-07-08 08:00:00+00', NULL),
	(484, 167, 35, 'not_started', '2024-11-02', NULL, '2024-06-13 02:00:00+00', '2024-06-15 01:30:00+00'),
	(485, 167, 35, 'in_progress', '2024-11-02', NULL, '2024-06-15 01:30:00+00', '2024-10-06 03:00:00+00'),
	(486, 167, 35, 'awaiting_confirmation', '2024-11-02', '2024-10-06', '2024-10-06 03:00:00+00', '2024-10-08 08:00:00+00'),
	(487, 167, 35, 'completed', '2024-11-02', '2024-10-06', '2024-10-08 08:00:00+00', NULL),
	(488, 168, 35, 'not_started', '2027-02-09', NULL, '2024-05-28 02:00:00+00', '2024-05-30 01:30:00+00'),
	(489, 168, 35, 'in_progress', '2027-02-09', NULL, '2024-05-30 01:30:00+00', NULL),
	(490, 169, 35, 'not_started', '2027-07-29', NULL, '2024-06-04 02:00:00+00', NULL),
	(491, 170, 36, 'not_started', '2025-01-21', NULL, '2024-04-12 02:00:00+00', '2024-04-14 01:30:00+00'),
	(492, 170, 36, 'in_progress', '2025-01-21', NULL, '2024-04-14 01:30:00+00', '2024-11-27 03:00:00+00'),
	(493, 170, 36, 'awaiting_confirmation', '2025-01-21', '2024-11-27', '2024-11-27 03:00:00+00', NULL),
	(494, 171, 36, 'not_started', '2024-06-21', NULL, '2024-04-20 02:00:00+00', '2024-04-22 01:30:00+00'),
	(495, 171, 36, 'in_progress', '2024-06-21', NULL, '2024-04-22 01:30:00+00', '2024-06-27 03:00:00+00'),
	(496, 171, 36, 'awaiting_confirmation', '2024-06-21', '2024-06-27', '2024-06-27 03:00:00+00', '2024-06-29 08:00:00+00'),
	(497, 171, 36, 'completed', '2024-06-21', '2024-06-27', '2024-06-29 08:00:00+00', NULL),
	(498, 172, 36, 'not_started', '2025-07-09', NULL, '2024-04-12 02:00:00+00', '2024-04-14 01:30:00+00'),
	(499, 172, 36, 'in_progress', '2025-07-09', NULL, '2024-04-14 01:30:00+00', '2025-06-22 03:00:00+00'),
	(500, 172, 36, 'awaiting_confirmation', '2025-07-09', '2025-06-22', '2025-06-22 03:00:00+00', '2025-06-24 08:00:00+00'),
	(501, 172, 36, 'completed', '2025-07-09', '2025-06-22', '2025-06-24 08:00:00+00', NULL),
	(502, 173, 36, 'not_started', '2024-10-09', NULL, '2024-04-10 02:00:00+00', '2024-04-12 01:30:00+00'),
	(503, 173, 36, 'in_progress', '2024-10-09', NULL, '2024-04-12 01:30:00+00', '2024-08-24 03:00:00+00'),
	(504, 173, 36, 'awaiting_confirmation', '2024-10-09', '2024-08-24', '2024-08-24 03:00:00+00', '2024-08-26 08:00:00+00'),
	(505, 173, 36, 'completed', '2024-10-09', '2024-08-24', '2024-08-26 08:00:00+00', NULL),
	(506, 174, 36, 'not_started', '2025-04-30', NULL, '2024-04-20 02:00:00+00', '2024-04-22 01:30:00+00'),
	(507, 174, 36, 'in_progress', '2025-04-30', NULL, '2024-04-22 01:30:00+00', '2025-03-14 03:00:00+00'),
	(508, 174, 36, 'awaiting_confirmation', '2025-04-30', '2025-03-14', '2025-03-14 03:00:00+00', NULL),
	(509, 175, 36, 'not_started', '2025-07-23', NULL, '2024-04-22 02:00:00+00', '2024-04-24 01:30:00+00'),
	(510, 175, 36, 'in_progress', '2025-07-23', NULL, '2024-04-24 01:30:00+00', '2025-05-30 03:00:00+00'),
	(511, 175, 36, 'awaiting_confirmation', '2025-07-23', '2025-05-30', '2025-05-30 03:00:00+00', '2025-06-01 08:00:00+00'),
	(512, 175, 36, 'completed', '2025-07-23', '2025-05-30', '2025-06-01 08:00:00+00', NULL),
	(513, 176, 36, 'not_started', '2027-03-22', NULL, '2024-04-21 02:00:00+00', '2024-04-23 01:30:00+00'),
	(514, 176, 36, 'in_progress', '2027-03-22', NULL, '2024-04-23 01:30:00+00', NULL),
	(515, 177, 36, 'not_started', '2025-04-16', NULL, '2024-04-14 02:00:00+00', '2024-04-16 01:30:00+00'),
	(516, 177, 36, 'in_progress', '2025-04-16', NULL, '2024-04-16 01:30:00+00', '2025-02-25 03:00:00+00'),
	(517, 177, 36, 'awaiting_confirmation', '2025-04-16', '2025-02-25', '2025-02-25 03:00:00+00', '2025-02-27 08:00:00+00'),
	(518, 177, 36, 'completed', '2025-04-16', '2025-02-25', '2025-02-27 08:00:00+00', NULL),
	(519, 178, 36, 'not_started', '2025-06-12', NULL, '2024-04-14 02:00:00+00', '2024-05-14 07:00:00+00'),
	(520, 178, 36, 'cancelled', '2025-06-12', NULL, '2024-05-14 07:00:00+00', NULL),
	(521, 179, 36, 'not_started', '2024-12-14', NULL, '2024-04-12 02:00:00+00', '2024-04-14 01:30:00+00'),
	(522, 179, 36, 'in_progress', '2024-12-14', NULL, '2024-04-14 01:30:00+00', '2025-01-05 03:00:00+00'),
	(523, 179, 36, 'awaiting_confirmation', '2024-12-14', '2025-01-05', '2025-01-05 03:00:00+00', '2025-01-07 08:00:00+00'),
	(524, 179, 36, 'completed', '2024-12-14', '2025-01-05', '2025-01-07 08:00:00+00', NULL),
	(525, 180, 36, 'not_started', '2027-10-16', NULL, '2024-04-14 02:00:00+00', '2024-04-16 01:30:00+00'),
	(526, 180, 36, 'in_progress', '2027-10-16', NULL, '2024-04-16 01:30:00+00', NULL),
	(527, 181, 36, 'not_started', '2025-07-02', NULL, '2024-04-24 02:00:00+00', NULL),
	(528, 182, 36, 'not_started', '2027-05-31', NULL, '2024-04-24 02:00:00+00', NULL),
	(529, 183, 37, 'not_started', '2026-02-28', NULL, '2024-03-20 02:00:00+00', '2024-03-22 01:30:00+00'),
	(530, 183, 37, 'in_progress', '2026-02-28', NULL, '2024-03-22 01:30:00+00', '2026-01-07 03:00:00+00'),
	(531, 183, 37, 'awaiting_confirmation', '2026-02-28', '2026-01-07', '2026-01-07 03:00:00+00', '2026-01-09 08:00:00+00'),
	(532, 183, 37, 'completed', '2026-02-28', '2026-01-07', '2026-01-09 08:00:00+00', NULL),
	(533, 184, 37, 'not_started', '2024-10-29', NULL, '2024-03-09 02:00:00+00', '2024-03-11 01:30:00+00'),
	(534, 184, 37, 'in_progress', '2024-10-29', NULL, '2024-03-11 01:30:00+00', '2024-09-24 03:00:00+00'),
	(535, 184, 37, 'awaiting_confirmation', '2024-10-29', '2024-09-24', '2024-09-24 03:00:00+00', '2024-09-26 08:00:00+00'),
	(536, 184, 37, 'completed', '2024-10-29', '2024-09-24', '2024-09-26 08:00:00+00', NULL),
	(537, 185, 37, 'not_started', '2025-11-27', NULL, '2024-03-20 02:00:00+00', '2024-03-22 01:30:00+00'),
	(538, 185, 37, 'in_progress', '2025-11-27', NULL, '2024-03-22 01:30:00+00', '2025-12-08 03:00:00+00'),
	(539, 185, 37, 'awaiting_confirmation', '2025-11-27', '2025-12-08', '2025-12-08 03:00:00+00', '2025-12-10 08:00:00+00'),
	(540, 185, 37, 'completed', '2025-11-27', '2025-12-08', '2025-12-10 08:00:00+00', NULL),
	(541, 186, 37, 'not_started', '2024-08-30', NULL, '2024-03-15 02:00:00+00', '2024-03-17 01:30:00+00'),
	(542, 186, 37, 'in_progress', '2024-08-30', NULL, '2024-03-17 01:30:00+00', '2024-08-14 03:00:00+00'),
	(543, 186, 37, 'awaiting_confirmation', '2024-08-30', '2024-08-14', '2024-08-14 03:00:00+00', '2024-08-16 08:00:00+00'),
	(544, 186, 37, 'completed', '2024-08-30', '2024-08-14', '2024-08-16 08:00:00+00', NULL),
	(545, 187, 37, 'not_started', '2026-01-14', NULL, '2024-03-14 02:00:00+00', '2024-03-16 01:30:00+00'),
	(546, 187, 37, 'in_progress', '2026-01-14', NULL, '2024-03-16 01:30:00+00', '2026-02-04 03:00:00+00'),
	(547, 187, 37, 'awaiting_confirmation', '2026-01-14', '2026-02-04', '2026-02-04 03:00:00+00', '2026-02-06 08:00:00+00'),
	(548, 187, 37, 'completed', '2026-01-14', '2026-02-04', '2026-02-06 08:00:00+00', NULL),
	(549, 188, 37, 'not_started', '2025-11-19', NULL, '2024-03-20 02:00:00+00', '2024-04-19 07:00:00+00'),
	(550, 188, 37, 'cancelled', '2025-11-19', NULL, '2024-04-19 07:00:00+00', NULL),
	(551, 189, 37, 'not_started', '2025-11-29', NULL, '2024-03-08 02:00:00+00', '2024-03-10 01:30:00+00'),
	(552, 189, 37, 'in_progress', '2025-11-29', NULL, '2024-03-10 01:30:00+00', '2025-10-10 03:00:00+00'),
	(553, 189, 37, 'awaiting_confirmation', '2025-11-29', '2025-10-10', '2025-10-10 03:00:00+00', '2025-10-12 08:00:00+00'),
	(554, 189, 37, 'completed', '2025-11-29', '2025-10-10', '2025-10-12 08:00:00+00', NULL),
	(555, 190, 37, 'not_started', '2026-03-20', NULL, '2024-03-18 02:00:00+00', '2024-03-20 01:30:00+00'),
	(556, 190, 37, 'in_progress', '2026-03-20', NULL, '2024-03-20 01:30:00+00', '2026-04-07 03:00:00+00'),
	(557, 190, 37, 'awaiting_confirmation', '2026-03-20', '2026-04-07', '2026-04-07 03:00:00+00', '2026-04-09 08:00:00+00'),
	(558, 190, 37, 'completed', '2026-03-20', '2026-04-07', '2026-04-09 08:00:00+00', NULL),
	(559, 191, 37, 'not_started', '2025-03-16', NULL, '2024-03-06 02:00:00+00', '2024-03-08 01:30:00+00'),
	(560, 191, 37, 'in_progress', '2025-03-16', NULL, '2024-03-08 01:30:00+00', '2025-03-15 03:00:00+00'),
	(561, 191, 37, 'awaiting_confirmation', '2025-03-16', '2025-03-15', '2025-03-15 03:00:00+00', '2025-03-17 08:00:00+00'),
	(562, 191, 37, 'completed', '2025-03-16', '2025-03-15', '2025-03-17 08:00:00+00', NULL),
	(563, 192, 37, 'not_started', '2027-07-03', NULL, '2024-03-09 02:00:00+00', '2024-03-11 01:30:00+00'),
	(564, 192, 37, 'in_progress', '2027-07-03', NULL, '2024-03-11 01:30:00+00', NULL),
	(565, 193, 37, 'not_started', '2025-04-06', NULL, '2024-03-10 02:00:00+00', '2024-03-12 01:30:00+00'),
	(566, 193, 37, 'in_progress', '2025-04-06', NULL, '2024-03-12 01:30:00+00', '2025-03-19 03:00:00+00'),
	(567, 193, 37, 'awaiting_confirmation', '2025-04-06', '2025-03-19', '2025-03-19 03:00:00+00', '2025-03-21 08:00:00+00'),
	(568, 193, 37, 'completed', '2025-04-06', '2025-03-19', '2025-03-21 08:00:00+00', NULL),
	(569, 194, 37, 'not_started', '2024-11-02', NULL, '2024-03-19 02:00:00+00', '2024-03-21 01:30:00+00'),
	(570, 194, 37, 'in_progress', '2024-11-02', NULL, '2024-03-21 01:30:00+00', '2024-11-19 03:00:00+00'),
	(571, 194, 37, 'awaiting_confirmation', '2024-11-02', '2024-11-19', '2024-11-19 03:00:00+00', '2024-11-21 08:00:00+00'),
	(572, 194, 37, 'completed', '2024-11-02', '2024-11-19', '2024-11-21 08:00:00+00', NULL),
	(573, 195, 38, 'not_started', '2027-01-04', NULL, '2024-04-18 02:00:00+00', '2024-04-20 01:30:00+00'),
	(574, 195, 38, 'in_progress', '2027-01-04', NULL, '2024-04-20 01:30:00+00', NULL),
	(575, 196, 38, 'not_started', '2025-07-21', NULL, '2024-04-20 02:00:00+00', '2024-04-22 01:30:00+00'),
	(576, 196, 38, 'in_progress', '2025-07-21', NULL, '2024-04-22 01:30:00+00', '2025-05-26 03:00:00+00'),
	(577, 196, 38, 'awaiting_confirmation', '2025-07-21', '2025-05-26', '2025-05-26 03:00:00+00', '2025-05-28 08:00:00+00'),
	(578, 196, 38, 'completed', '2025-07-21', '2025-05-26', '2025-05-28 08:00:00+00', NULL),
	(579, 197, 38, 'not_started', '2027-04-09', NULL, '2024-04-21 02:00:00+00', NULL),
	(580, 198, 38, 'not_started', '2024-12-29', NULL, '2024-04-11 02:00:00+00', '2024-04-13 01:30:00+00'),
	(581, 198, 38, 'in_progress', '2024-12-29', NULL, '2024-04-13 01:30:00+00', '2024-12-29 03:00:00+00'),
	(582, 198, 38, 'awaiting_confirmation', '2024-12-29', '2024-12-29', '2024-12-29 03:00:00+00', NULL),
	(583, 199, 38, 'not_started', '2025-03-05', NULL, '2024-04-19 02:00:00+00', '2024-04-21 01:30:00+00'),
	(584, 199, 38, 'in_progress', '2025-03-05', NULL, '2024-04-21 01:30:00+00', '2025-01-06 03:00:00+00'),
	(585, 199, 38, 'awaiting_confirmation', '2025-03-05', '2025-01-06', '2025-01-06 03:00:00+00', '2025-01-08 08:00:00+00'),
	(586, 199, 38, 'completed', '2025-03-05', '2025-01-06', '2025-01-08 08:00:00+00', NULL),
	(587, 200, 38, 'not_started', '2025-05-10', NULL, '2024-04-27 02:00:00+00', '2024-04-29 01:30:00+00'),
	(588, 200, 38, 'in_progress', '2025-05-10', NULL, '2024-04-29 01:30:00+00', '2025-03-22 03:00:00+00'),
	(589, 200, 38, 'awaiting_confirmation', '2025-05-10', '2025-03-22', '2025-03-22 03:00:00+00', NULL),
	(590, 201, 39, 'not_started', '2025-11-11', NULL, '2024-03-08 02:00:00+00', '2024-03-10 01:30:00+00'),
	(591, 201, 39, 'in_progress', '2025-11-11', NULL, '2024-03-10 01:30:00+00', NULL),
	(592, 202, 39, 'not_started', '2025-06-05', NULL, '2024-03-18 02:00:00+00', '2024-03-20 01:30:00+00'),
	(593, 202, 39, 'in_progress', '2025-06-05', NULL, '2024-03-20 01:30:00+00', '2025-07-02 03:00:00+00'),
	(594, 202, 39, 'awaiting_confirmation', '2025-06-05', '2025-07-02', '2025-07-02 03:00:00+00', '2025-07-04 08:00:00+00'),
	(595, 202, 39, 'completed', '2025-06-05', '2025-07-02', '2025-07-04 08:00:00+00', NULL),
	(596, 203, 39, 'not_started', '2027-12-14', NULL, '2024-03-15 02:00:00+00', '2024-03-17 01:30:00+00'),
	(597, 203, 39, 'in_progress', '2027-12-14', NULL, '2024-03-17 01:30:00+00', NULL),
	(598, 204, 39, 'not_started', '2025-11-30', NULL, '2024-03-08 02:00:00+00', '2024-03-10 01:30:00+00'),
	(599, 204, 39, 'in_progress', '2025-11-30', NULL, '2024-03-10 01:30:00+00', '2025-10-11 03:00:00+00'),
	(600, 204, 39, 'awaiting_confirmation', '2025-11-30', '2025-10-11', '2025-10-11 03:00:00+00', '2025-10-13 08:00:00+00');
INSERT INTO public.task_status_periods VALUES
	(601, 204, 39, 'completed', '2025-11-30', '2025-10-11', '2025-10-13 08:00:00+00', NULL),
	(602, 205, 39, 'not_started', '2024-08-22', NULL, '2024-03-16 02:00:00+00', '2024-03-18 01:30:00+00'),
	(603, 205, 39, 'in_progress', '2024-08-22', NULL, '2024-03-18 01:30:00+00', '2024-08-17 03:00:00+00'),
	(604, 205, 39, 'awaiting_confirmation', '2024-08-22', '2024-08-17', '2024-08-17 03:00:00+00', '2024-08-19 08:00:00+00'),
	(605, 205, 39, 'completed', '2024-08-22', '2024-08-17', '2024-08-19 08:00:00+00', NULL),
	(606, 206, 39, 'not_started', '2026-01-29', NULL, '2024-03-05 02:00:00+00', '2024-03-07 01:30:00+00'),
	(607, 206, 39, 'in_progress', '2026-01-29', NULL, '2024-03-07 01:30:00+00', '2026-02-20 03:00:00+00'),
	(608, 206, 39, 'awaiting_confirmation', '2026-01-29', '2026-02-20', '2026-02-20 03:00:00+00', '2026-02-22 08:00:00+00'),
	(609, 206, 39, 'completed', '2026-01-29', '2026-02-20', '2026-02-22 08:00:00+00', NULL),
	(610, 207, 39, 'not_started', '2024-07-11', NULL, '2024-03-04 02:00:00+00', '2024-03-06 01:30:00+00'),
	(611, 207, 39, 'in_progress', '2024-07-11', NULL, '2024-03-06 01:30:00+00', '2024-06-17 03:00:00+00'),
	(612, 207, 39, 'awaiting_confirmation', '2024-07-11', '2024-06-17', '2024-06-17 03:00:00+00', '2024-06-19 08:00:00+00'),
	(613, 207, 39, 'completed', '2024-07-11', '2024-06-17', '2024-06-19 08:00:00+00', NULL),
	(614, 208, 39, 'not_started', '2027-08-19', NULL, '2024-03-18 02:00:00+00', NULL),
	(615, 209, 39, 'not_started', '2025-02-04', NULL, '2024-03-17 02:00:00+00', '2024-03-19 01:30:00+00'),
	(616, 209, 39, 'in_progress', '2025-02-04', NULL, '2024-03-19 01:30:00+00', '2025-02-02 03:00:00+00'),
	(617, 209, 39, 'awaiting_confirmation', '2025-02-04', '2025-02-02', '2025-02-02 03:00:00+00', '2025-02-04 08:00:00+00'),
	(618, 209, 39, 'completed', '2025-02-04', '2025-02-02', '2025-02-04 08:00:00+00', NULL),
	(619, 210, 39, 'not_started', '2025-04-24', NULL, '2024-03-13 02:00:00+00', '2024-03-15 01:30:00+00'),
	(620, 210, 39, 'in_progress', '2025-04-24', NULL, '2024-03-15 01:30:00+00', '2025-04-15 03:00:00+00'),
	(621, 210, 39, 'awaiting_confirmation', '2025-04-24', '2025-04-15', '2025-04-15 03:00:00+00', '2025-04-17 08:00:00+00'),
	(622, 210, 39, 'completed', '2025-04-24', '2025-04-15', '2025-04-17 08:00:00+00', NULL),
	(623, 211, 39, 'not_started', '2027-05-07', NULL, '2024-03-04 02:00:00+00', '2024-03-06 01:30:00+00'),
	(624, 211, 39, 'in_progress', '2027-05-07', NULL, '2024-03-06 01:30:00+00', NULL),
	(625, 212, 39, 'not_started', '2026-01-20', NULL, '2024-03-06 02:00:00+00', '2024-03-08 01:30:00+00'),
	(626, 212, 39, 'in_progress', '2026-01-20', NULL, '2024-03-08 01:30:00+00', '2026-01-21 03:00:00+00'),
	(627, 212, 39, 'awaiting_confirmation', '2026-01-20', '2026-01-21', '2026-01-21 03:00:00+00', NULL),
	(628, 213, 39, 'not_started', '2027-01-29', NULL, '2024-03-13 02:00:00+00', '2024-03-15 01:30:00+00'),
	(629, 213, 39, 'in_progress', '2027-01-29', NULL, '2024-03-15 01:30:00+00', NULL),
	(630, 214, 39, 'not_started', '2026-12-06', NULL, '2024-03-21 02:00:00+00', '2024-03-23 01:30:00+00'),
	(631, 214, 39, 'in_progress', '2026-12-06', NULL, '2024-03-23 01:30:00+00', NULL),
	(632, 215, 40, 'not_started', '2025-12-13', NULL, '2024-03-26 02:00:00+00', '2024-03-28 01:30:00+00'),
	(633, 215, 40, 'in_progress', '2025-12-13', NULL, '2024-03-28 01:30:00+00', '2026-01-10 03:00:00+00'),
	(634, 215, 40, 'awaiting_confirmation', '2025-12-13', '2026-01-10', '2026-01-10 03:00:00+00', '2026-01-12 08:00:00+00'),
	(635, 215, 40, 'completed', '2025-12-13', '2026-01-10', '2026-01-12 08:00:00+00', NULL),
	(636, 216, 40, 'not_started', '2025-04-28', NULL, '2024-03-30 02:00:00+00', '2024-04-01 01:30:00+00'),
	(637, 216, 40, 'in_progress', '2025-04-28', NULL, '2024-04-01 01:30:00+00', '2025-04-20 03:00:00+00'),
	(638, 216, 40, 'awaiting_confirmation', '2025-04-28', '2025-04-20', '2025-04-20 03:00:00+00', '2025-04-22 08:00:00+00'),
	(639, 216, 40, 'completed', '2025-04-28', '2025-04-20', '2025-04-22 08:00:00+00', NULL),
	(640, 217, 40, 'not_started', '2025-10-30', NULL, '2024-04-01 02:00:00+00', '2024-04-03 01:30:00+00'),
	(641, 217, 40, 'in_progress', '2025-10-30', NULL, '2024-04-03 01:30:00+00', '2025-10-24 03:00:00+00'),
	(642, 217, 40, 'awaiting_confirmation', '2025-10-30', '2025-10-24', '2025-10-24 03:00:00+00', '2025-10-26 08:00:00+00'),
	(643, 217, 40, 'completed', '2025-10-30', '2025-10-24', '2025-10-26 08:00:00+00', NULL),
	(644, 218, 40, 'not_started', '2026-11-30', NULL, '2024-03-27 02:00:00+00', NULL),
	(645, 219, 40, 'not_started', '2027-11-17', NULL, '2024-03-16 02:00:00+00', '2024-03-18 01:30:00+00'),
	(646, 219, 40, 'in_progress', '2027-11-17', NULL, '2024-03-18 01:30:00+00', NULL),
	(647, 220, 40, 'not_started', '2025-12-01', NULL, '2024-03-15 02:00:00+00', NULL),
	(648, 221, 40, 'not_started', '2027-08-26', NULL, '2024-03-29 02:00:00+00', '2024-03-31 01:30:00+00'),
	(649, 221, 40, 'in_progress', '2027-08-26', NULL, '2024-03-31 01:30:00+00', NULL),
	(650, 222, 40, 'not_started', '2026-02-10', NULL, '2024-03-27 02:00:00+00', '2024-03-29 01:30:00+00'),
	(651, 222, 40, 'in_progress', '2026-02-10', NULL, '2024-03-29 01:30:00+00', '2026-02-17 03:00:00+00'),
	(652, 222, 40, 'awaiting_confirmation', '2026-02-10', '2026-02-17', '2026-02-17 03:00:00+00', '2026-02-19 08:00:00+00'),
	(653, 222, 40, 'completed', '2026-02-10', '2026-02-17', '2026-02-19 08:00:00+00', NULL),
	(654, 223, 40, 'not_started', '2025-02-28', NULL, '2024-03-23 02:00:00+00', '2024-03-25 01:30:00+00'),
	(655, 223, 40, 'in_progress', '2025-02-28', NULL, '2024-03-25 01:30:00+00', '2025-02-15 03:00:00+00'),
	(656, 223, 40, 'awaiting_confirmation', '2025-02-28', '2025-02-15', '2025-02-15 03:00:00+00', '2025-02-17 08:00:00+00'),
	(657, 223, 40, 'completed', '2025-02-28', '2025-02-15', '2025-02-17 08:00:00+00', NULL),
	(658, 224, 41, 'not_started', '2026-06-20', NULL, '2024-06-11 02:00:00+00', '2024-06-13 01:30:00+00'),
	(659, 224, 41, 'in_progress', '2026-06-20', NULL, '2024-06-13 01:30:00+00', '2026-07-15 03:00:00+00'),
	(660, 224, 41, 'awaiting_confirmation', '2026-06-20', '2026-07-15', '2026-07-15 03:00:00+00', '2026-07-17 08:00:00+00'),
	(661, 224, 41, 'completed', '2026-06-20', '2026-07-15', '2026-07-17 08:00:00+00', NULL),
	(662, 225, 41, 'not_started', '2026-12-15', NULL, '2024-06-09 02:00:00+00', NULL),
	(663, 226, 41, 'not_started', '2026-02-12', NULL, '2024-06-14 02:00:00+00', '2024-06-16 01:30:00+00'),
	(664, 226, 41, 'in_progress', '2026-02-12', NULL, '2024-06-16 01:30:00+00', NULL),
	(665, 227, 41, 'not_started', '2026-02-08', NULL, '2024-05-30 02:00:00+00', '2024-06-01 01:30:00+00'),
	(666, 227, 41, 'in_progress', '2026-02-08', NULL, '2024-06-01 01:30:00+00', '2026-02-22 03:00:00+00'),
	(667, 227, 41, 'awaiting_confirmation', '2026-02-08', '2026-02-22', '2026-02-22 03:00:00+00', '2026-02-24 08:00:00+00'),
	(668, 227, 41, 'completed', '2026-02-08', '2026-02-22', '2026-02-24 08:00:00+00', NULL),
	(669, 228, 41, 'not_started', '2027-07-11', NULL, '2024-06-06 02:00:00+00', '2024-06-08 01:30:00+00'),
	(670, 228, 41, 'in_progress', '2027-07-11', NULL, '2024-06-08 01:30:00+00', NULL),
	(671, 229, 41, 'not_started', '2025-11-23', NULL, '2024-06-10 02:00:00+00', '2024-07-10 07:00:00+00'),
	(672, 229, 41, 'cancelled', '2025-11-23', NULL, '2024-07-10 07:00:00+00', NULL),
	(673, 230, 41, 'not_started', '2026-05-31', NULL, '2024-06-01 02:00:00+00', '2024-06-03 01:30:00+00'),
	(674, 230, 41, 'in_progress', '2026-05-31', NULL, '2024-06-03 01:30:00+00', '2026-04-16 03:00:00+00'),
	(675, 230, 41, 'awaiting_confirmation', '2026-05-31', '2026-04-16', '2026-04-16 03:00:00+00', '2026-04-18 08:00:00+00'),
	(676, 230, 41, 'completed', '2026-05-31', '2026-04-16', '2026-04-18 08:00:00+00', NULL),
	(677, 231, 41, 'not_started', '2025-12-05', NULL, '2024-06-07 02:00:00+00', '2024-06-09 01:30:00+00'),
	(678, 231, 41, 'in_progress', '2025-12-05', NULL, '2024-06-09 01:30:00+00', '2025-12-07 03:00:00+00'),
	(679, 231, 41, 'awaiting_confirmation', '2025-12-05', '2025-12-07', '2025-12-07 03:00:00+00', NULL),
	(680, 232, 41, 'not_started', '2025-11-02', NULL, '2024-06-02 02:00:00+00', '2024-07-02 07:00:00+00'),
	(681, 232, 41, 'cancelled', '2025-11-02', NULL, '2024-07-02 07:00:00+00', NULL),
	(682, 233, 42, 'not_started', '2024-11-17', NULL, '2024-04-24 02:00:00+00', '2024-04-26 01:30:00+00'),
	(683, 233, 42, 'in_progress', '2024-11-17', NULL, '2024-04-26 01:30:00+00', '2024-10-05 03:00:00+00'),
	(684, 233, 42, 'awaiting_confirmation', '2024-11-17', '2024-10-05', '2024-10-05 03:00:00+00', '2024-10-07 08:00:00+00'),
	(685, 233, 42, 'completed', '2024-11-17', '2024-10-05', '2024-10-07 08:00:00+00', NULL),
	(686, 234, 42, 'not_started', '2024-07-19', NULL, '2024-05-01 02:00:00+00', '2024-05-03 01:30:00+00'),
	(687, 234, 42, 'in_progress', '2024-07-19', NULL, '2024-05-03 01:30:00+00', '2024-08-07 03:00:00+00'),
	(688, 234, 42, 'awaiting_confirmation', '2024-07-19', '2024-08-07', '2024-08-07 03:00:00+00', '2024-08-09 08:00:00+00'),
	(689, 234, 42, 'completed', '2024-07-19', '2024-08-07', '2024-08-09 08:00:00+00', NULL),
	(690, 235, 42, 'not_started', '2027-07-04', NULL, '2024-05-10 02:00:00+00', '2024-05-12 01:30:00+00'),
	(691, 235, 42, 'in_progress', '2027-07-04', NULL, '2024-05-12 01:30:00+00', NULL),
	(692, 236, 42, 'not_started', '2026-12-09', NULL, '2024-04-30 02:00:00+00', '2024-05-02 01:30:00+00'),
	(693, 236, 42, 'in_progress', '2026-12-09', NULL, '2024-05-02 01:30:00+00', NULL),
	(694, 237, 42, 'not_started', '2027-06-26', NULL, '2024-04-30 02:00:00+00', NULL),
	(695, 238, 42, 'not_started', '2025-12-21', NULL, '2024-05-02 02:00:00+00', '2024-05-04 01:30:00+00'),
	(696, 238, 42, 'in_progress', '2025-12-21', NULL, '2024-05-04 01:30:00+00', '2026-01-05 03:00:00+00'),
	(697, 238, 42, 'awaiting_confirmation', '2025-12-21', '2026-01-05', '2026-01-05 03:00:00+00', '2026-01-07 08:00:00+00'),
	(698, 238, 42, 'completed', '2025-12-21', '2026-01-05', '2026-01-07 08:00:00+00', NULL),
	(699, 239, 42, 'not_started', '2027-07-04', NULL, '2024-04-30 02:00:00+00', '2024-05-02 01:30:00+00'),
	(700, 239, 42, 'in_progress', '2027-07-04', NULL, '2024-05-02 01:30:00+00', NULL),
	(701, 240, 42, 'not_started', '2025-11-26', NULL, '2024-05-04 02:00:00+00', '2024-05-06 01:30:00+00'),
	(702, 240, 42, 'in_progress', '2025-11-26', NULL, '2024-05-06 01:30:00+00', '2025-11-23 03:00:00+00'),
	(703, 240, 42, 'awaiting_confirmation', '2025-11-26', '2025-11-23', '2025-11-23 03:00:00+00', '2025-11-25 08:00:00+00'),
	(704, 240, 42, 'completed', '2025-11-26', '2025-11-23', '2025-11-25 08:00:00+00', NULL),
	(705, 241, 42, 'not_started', '2025-04-11', NULL, '2024-04-22 02:00:00+00', '2024-04-24 01:30:00+00'),
	(706, 241, 42, 'in_progress', '2025-04-11', NULL, '2024-04-24 01:30:00+00', '2025-03-03 03:00:00+00'),
	(707, 241, 42, 'awaiting_confirmation', '2025-04-11', '2025-03-03', '2025-03-03 03:00:00+00', '2025-03-05 08:00:00+00'),
	(708, 241, 42, 'completed', '2025-04-11', '2025-03-03', '2025-03-05 08:00:00+00', NULL),
	(709, 242, 43, 'not_started', '2024-12-26', NULL, '2024-05-28 02:00:00+00', '2024-05-30 01:30:00+00'),
	(710, 242, 43, 'in_progress', '2024-12-26', NULL, '2024-05-30 01:30:00+00', '2025-01-23 03:00:00+00'),
	(711, 242, 43, 'awaiting_confirmation', '2024-12-26', '2025-01-23', '2025-01-23 03:00:00+00', '2025-01-25 08:00:00+00'),
	(712, 242, 43, 'completed', '2024-12-26', '2025-01-23', '2025-01-25 08:00:00+00', NULL),
	(713, 243, 43, 'not_started', '2027-08-15', NULL, '2024-05-13 02:00:00+00', '2024-05-15 01:30:00+00'),
	(714, 243, 43, 'in_progress', '2027-08-15', NULL, '2024-05-15 01:30:00+00', NULL),
	(715, 244, 43, 'not_started', '2025-12-14', NULL, '2024-05-10 02:00:00+00', '2024-05-12 01:30:00+00'),
	(716, 244, 43, 'in_progress', '2025-12-14', NULL, '2024-05-12 01:30:00+00', '2025-12-10 03:00:00+00'),
	(717, 244, 43, 'awaiting_confirmation', '2025-12-14', '2025-12-10', '2025-12-10 03:00:00+00', NULL),
	(718, 245, 43, 'not_started', '2026-12-14', NULL, '2024-05-12 02:00:00+00', NULL),
	(719, 246, 43, 'not_started', '2025-02-20', NULL, '2024-05-15 02:00:00+00', '2024-05-17 01:30:00+00'),
	(720, 246, 43, 'in_progress', '2025-02-20', NULL, '2024-05-17 01:30:00+00', '2025-02-02 03:00:00+00'),
	(721, 246, 43, 'awaiting_confirmation', '2025-02-20', '2025-02-02', '2025-02-02 03:00:00+00', '2025-02-04 08:00:00+00'),
	(722, 246, 43, 'completed', '2025-02-20', '2025-02-02', '2025-02-04 08:00:00+00', NULL),
	(723, 247, 43, 'not_started', '2027-09-26', NULL, '2024-05-26 02:00:00+00', '2024-05-28 01:30:00+00'),
	(724, 247, 43, 'in_progress', '2027-09-26', NULL, '2024-05-28 01:30:00+00', NULL),
	(725, 248, 43, 'not_started', '2024-07-14', NULL, '2024-05-12 02:00:00+00', '2024-05-14 01:30:00+00'),
	(726, 248, 43, 'in_progress', '2024-07-14', NULL, '2024-05-14 01:30:00+00', '2024-07-05 03:00:00+00'),
	(727, 248, 43, 'awaiting_confirmation', '2024-07-14', '2024-07-05', '2024-07-05 03:00:00+00', '2024-07-07 08:00:00+00'),
	(728, 248, 43, 'completed', '2024-07-14', '2024-07-05', '2024-07-07 08:00:00+00', NULL),
	(729, 249, 43, 'not_started', '2027-06-14', NULL, '2024-05-22 02:00:00+00', NULL),
	(730, 250, 43, 'not_started', '2026-02-03', NULL, '2024-05-22 02:00:00+00', '2024-05-24 01:30:00+00'),
	(731, 250, 43, 'in_progress', '2026-02-03', NULL, '2024-05-24 01:30:00+00', '2026-02-12 03:00:00+00'),
	(732, 250, 43, 'awaiting_confirmation', '2026-02-03', '2026-02-12', '2026-02-12 03:00:00+00', '2026-02-14 08:00:00+00'),
	(733, 250, 43, 'completed', '2026-02-03', '2026-02-12', '2026-02-14 08:00:00+00', NULL),
	(734, 251, 43, 'not_started', '2025-04-07', NULL, '2024-05-26 02:00:00+00', '2024-05-28 01:30:00+00'),
	(735, 251, 43, 'in_progress', '2025-04-07', NULL, '2024-05-28 01:30:00+00', '2025-04-15 03:00:00+00'),
	(736, 251, 43, 'awaiting_confirmation', '2025-04-07', '2025-04-15', '2025-04-15 03:00:00+00', '2025-04-17 08:00:00+00'),
	(737, 251, 43, 'completed', '2025-04-07', '2025-04-15', '2025-04-17 08:00:00+00', NULL),
	(738, 252, 43, 'not_started', '2026-03-13', NULL, '2024-05-25 02:00:00+00', '2024-05-27 01:30:00+00'),
	(739, 252, 43, 'in_progress', '2026-03-13', NULL, '2024-05-27 01:30:00+00', '2026-02-28 03:00:00+00'),
	(740, 252, 43, 'awaiting_confirmation', '2026-03-13', '2026-02-28', '2026-02-28 03:00:00+00', NULL),
	(741, 253, 43, 'not_started', '2024-10-26', NULL, '2024-05-17 02:00:00+00', '2024-05-19 01:30:00+00'),
	(742, 253, 43, 'in_progress', '2024-10-26', NULL, '2024-05-19 01:30:00+00', '2024-10-15 03:00:00+00'),
	(743, 253, 43, 'awaiting_confirmation', '2024-10-26', '2024-10-15', '2024-10-15 03:00:00+00', '2024-10-17 08:00:00+00'),
	(744, 253, 43, 'completed', '2024-10-26', '2024-10-15', '2024-10-17 08:00:00+00', NULL),
	(745, 254, 43, 'not_started', '2026-05-21', NULL, '2024-05-27 02:00:00+00', '2024-05-29 01:30:00+00'),
	(746, 254, 43, 'in_progress', '2026-05-21', NULL, '2024-05-29 01:30:00+00', '2026-06-05 03:00:00+00'),
	(747, 254, 43, 'awaiting_confirmation', '2026-05-21', '2026-06-05', '2026-06-05 03:00:00+00', '2026-06-07 08:00:00+00'),
	(748, 254, 43, 'completed', '2026-05-21', '2026-06-05', '2026-06-07 08:00:00+00', NULL),
	(749, 255, 43, 'not_started', '2027-08-20', NULL, '2024-05-20 02:00:00+00', '2024-05-22 01:30:00+00'),
	(750, 255, 43, 'in_progress', '2027-08-20', NULL, '2024-05-22 01:30:00+00', NULL),
	(751, 256, 44, 'not_started', '2027-10-13', NULL, '2024-05-04 02:00:00+00', NULL),
	(752, 257, 44, 'not_started', '2025-08-18', NULL, '2024-04-24 02:00:00+00', '2024-04-26 01:30:00+00'),
	(753, 257, 44, 'in_progress', '2025-08-18', NULL, '2024-04-26 01:30:00+00', '2025-09-01 03:00:00+00'),
	(754, 257, 44, 'awaiting_confirmation', '2025-08-18', '2025-09-01', '2025-09-01 03:00:00+00', '2025-09-03 08:00:00+00'),
	(755, 257, 44, 'completed', '2025-08-18', '2025-09-01', '2025-09-03 08:00:00+00', NULL),
	(756, 258, 44, 'not_started', '2025-07-22', NULL, '2024-05-01 02:00:00+00', '2024-05-03 01:30:00+00'),
	(757, 258, 44, 'in_progress', '2025-07-22', NULL, '2024-05-03 01:30:00+00', '2025-07-24 03:00:00+00'),
	(758, 258, 44, 'awaiting_confirmation', '2025-07-22', '2025-07-24', '2025-07-24 03:00:00+00', '2025-07-26 08:00:00+00'),
	(759, 258, 44, 'completed', '2025-07-22', '2025-07-24', '2025-07-26 08:00:00+00', NULL),
	(760, 259, 44, 'not_started', '2026-04-01', NULL, '2024-05-04 02:00:00+00', NULL),
	(761, 260, 44, 'not_started', '2027-03-25', NULL, '2024-04-19 02:00:00+00', '2024-04-21 01:30:00+00'),
	(762, 260, 44, 'in_progress', '2027-03-25', NULL, '2024-04-21 01:30:00+00', NULL),
	(763, 261, 44, 'not_started', '2024-11-12', NULL, '2024-05-04 02:00:00+00', '2024-05-06 01:30:00+00'),
	(764, 261, 44, 'in_progress', '2024-11-12', NULL, '2024-05-06 01:30:00+00', '2024-09-30 03:00:00+00'),
	(765, 261, 44, 'awaiting_confirmation', '2024-11-12', '2024-09-30', '2024-09-30 03:00:00+00', '2024-10-02 08:00:00+00'),
	(766, 261, 44, 'completed', '2024-11-12', '2024-09-30', '2024-10-02 08:00:00+00', NULL),
	(767, 262, 45, 'not_started', '2025-01-13', NULL, '2024-05-08 02:00:00+00', '2024-05-10 01:30:00+00'),
	(768, 262, 45, 'in_progress', '2025-01-13', NULL, '2024-05-10 01:30:00+00', '2025-02-09 03:00:00+00'),
	(769, 262, 45, 'awaiting_confirmation', '2025-01-13', '2025-02-09', '2025-02-09 03:00:00+00', '2025-02-11 08:00:00+00'),
	(770, 262, 45, 'completed', '2025-01-13', '2025-02-09', '2025-02-11 08:00:00+00', NULL),
	(771, 263, 45, 'not_started', '2027-11-13', NULL, '2024-05-12 02:00:00+00', NULL),
	(772, 264, 45, 'not_started', '2025-11-10', NULL, '2024-05-07 02:00:00+00', '2024-05-09 01:30:00+00'),
	(773, 264, 45, 'in_progress', '2025-11-10', NULL, '2024-05-09 01:30:00+00', '2025-11-27 03:00:00+00'),
	(774, 264, 45, 'awaiting_confirmation', '2025-11-10', '2025-11-27', '2025-11-27 03:00:00+00', NULL),
	(775, 265, 45, 'not_started', '2025-02-18', NULL, '2024-05-02 02:00:00+00', '2024-05-04 01:30:00+00'),
	(776, 265, 45, 'in_progress', '2025-02-18', NULL, '2024-05-04 01:30:00+00', '2025-02-08 03:00:00+00'),
	(777, 265, 45, 'awaiting_confirmation', '2025-02-18', '2025-02-08', '2025-02-08 03:00:00+00', '2025-02-10 08:00:00+00'),
	(778, 265, 45, 'completed', '2025-02-18', '2025-02-08', '2025-02-10 08:00:00+00', NULL),
	(779, 266, 45, 'not_started', '2025-08-04', NULL, '2024-04-25 02:00:00+00', '2024-04-27 01:30:00+00'),
	(780, 266, 45, 'in_progress', '2025-08-04', NULL, '2024-04-27 01:30:00+00', '2025-06-21 03:00:00+00'),
	(781, 266, 45, 'awaiting_confirmation', '2025-08-04', '2025-06-21', '2025-06-21 03:00:00+00', '2025-06-23 08:00:00+00'),
	(782, 266, 45, 'completed', '2025-08-04', '2025-06-21', '2025-06-23 08:00:00+00', NULL),
	(783, 267, 45, 'not_started', '2027-09-30', NULL, '2024-05-06 02:00:00+00', '2024-05-08 01:30:00+00'),
	(784, 267, 45, 'in_progress', '2027-09-30', NULL, '2024-05-08 01:30:00+00', NULL),
	(785, 268, 45, 'not_started', '2024-07-06', NULL, '2024-05-07 02:00:00+00', '2024-05-09 01:30:00+00'),
	(786, 268, 45, 'in_progress', '2024-07-06', NULL, '2024-05-09 01:30:00+00', '2024-05-29 03:00:00+00'),
	(787, 268, 45, 'awaiting_confirmation', '2024-07-06', '2024-05-29', '2024-05-29 03:00:00+00', NULL),
	(788, 269, 45, 'not_started', '2025-07-08', NULL, '2024-05-03 02:00:00+00', '2024-05-05 01:30:00+00'),
	(789, 269, 45, 'in_progress', '2025-07-08', NULL, '2024-05-05 01:30:00+00', '2025-06-28 03:00:00+00'),
	(790, 269, 45, 'awaiting_confirmation', '2025-07-08', '2025-06-28', '2025-06-28 03:00:00+00', '2025-06-30 08:00:00+00'),
	(791, 269, 45, 'completed', '2025-07-08', '2025-06-28', '2025-06-30 08:00:00+00', NULL),
	(792, 270, 45, 'not_started', '2024-07-28', NULL, '2024-05-12 02:00:00+00', '2024-05-14 01:30:00+00'),
	(793, 270, 45, 'in_progress', '2024-07-28', NULL, '2024-05-14 01:30:00+00', '2024-07-31 03:00:00+00'),
	(794, 270, 45, 'awaiting_confirmation', '2024-07-28', '2024-07-31', '2024-07-31 03:00:00+00', '2024-08-02 08:00:00+00'),
	(795, 270, 45, 'completed', '2024-07-28', '2024-07-31', '2024-08-02 08:00:00+00', NULL),
	(796, 271, 45, 'not_started', '2025-02-15', NULL, '2024-05-09 02:00:00+00', '2024-05-11 01:30:00+00'),
	(797, 271, 45, 'in_progress', '2025-02-15', NULL, '2024-05-11 01:30:00+00', '2025-02-11 03:00:00+00'),
	(798, 271, 45, 'awaiting_confirmation', '2025-02-15', '2025-02-11', '2025-02-11 03:00:00+00', '2025-02-13 08:00:00+00'),
	(799, 271, 45, 'completed', '2025-02-15', '2025-02-11', '2025-02-13 08:00:00+00', NULL),
	(800, 272, 45, 'not_started', '2027-05-26', NULL, '2024-04-28 02:00:00+00', '2024-04-30 01:30:00+00');
INSERT INTO public.task_status_periods VALUES
	(801, 272, 45, 'in_progress', '2027-05-26', NULL, '2024-04-30 01:30:00+00', NULL),
	(802, 273, 45, 'not_started', '2024-10-20', NULL, '2024-05-09 02:00:00+00', '2024-05-11 01:30:00+00'),
	(803, 273, 45, 'in_progress', '2024-10-20', NULL, '2024-05-11 01:30:00+00', '2024-11-02 03:00:00+00'),
	(804, 273, 45, 'awaiting_confirmation', '2024-10-20', '2024-11-02', '2024-11-02 03:00:00+00', '2024-11-04 08:00:00+00'),
	(805, 273, 45, 'completed', '2024-10-20', '2024-11-02', '2024-11-04 08:00:00+00', NULL),
	(806, 274, 45, 'not_started', '2024-12-09', NULL, '2024-05-02 02:00:00+00', '2024-05-04 01:30:00+00'),
	(807, 274, 45, 'in_progress', '2024-12-09', NULL, '2024-05-04 01:30:00+00', NULL),
	(808, 275, 45, 'not_started', '2025-09-18', NULL, '2024-04-29 02:00:00+00', '2024-05-01 01:30:00+00'),
	(809, 275, 45, 'in_progress', '2025-09-18', NULL, '2024-05-01 01:30:00+00', '2025-07-27 03:00:00+00'),
	(810, 275, 45, 'awaiting_confirmation', '2025-09-18', '2025-07-27', '2025-07-27 03:00:00+00', '2025-07-29 08:00:00+00'),
	(811, 275, 45, 'completed', '2025-09-18', '2025-07-27', '2025-07-29 08:00:00+00', NULL),
	(812, 276, 46, 'not_started', '2025-04-11', NULL, '2024-03-22 02:00:00+00', '2024-03-24 01:30:00+00'),
	(813, 276, 46, 'in_progress', '2025-04-11', NULL, '2024-03-24 01:30:00+00', NULL),
	(814, 277, 46, 'not_started', '2024-11-26', NULL, '2024-03-17 02:00:00+00', '2024-03-19 01:30:00+00'),
	(815, 277, 46, 'in_progress', '2024-11-26', NULL, '2024-03-19 01:30:00+00', '2024-12-15 03:00:00+00'),
	(816, 277, 46, 'awaiting_confirmation', '2024-11-26', '2024-12-15', '2024-12-15 03:00:00+00', '2024-12-17 08:00:00+00'),
	(817, 277, 46, 'completed', '2024-11-26', '2024-12-15', '2024-12-17 08:00:00+00', NULL),
	(818, 278, 46, 'not_started', '2024-08-25', NULL, '2024-03-25 02:00:00+00', '2024-03-27 01:30:00+00'),
	(819, 278, 46, 'in_progress', '2024-08-25', NULL, '2024-03-27 01:30:00+00', '2024-07-31 03:00:00+00'),
	(820, 278, 46, 'awaiting_confirmation', '2024-08-25', '2024-07-31', '2024-07-31 03:00:00+00', '2024-08-02 08:00:00+00'),
	(821, 278, 46, 'completed', '2024-08-25', '2024-07-31', '2024-08-02 08:00:00+00', NULL),
	(822, 279, 46, 'not_started', '2024-06-19', NULL, '2024-03-18 02:00:00+00', '2024-03-20 01:30:00+00'),
	(823, 279, 46, 'in_progress', '2024-06-19', NULL, '2024-03-20 01:30:00+00', '2024-05-10 03:00:00+00'),
	(824, 279, 46, 'awaiting_confirmation', '2024-06-19', '2024-05-10', '2024-05-10 03:00:00+00', NULL),
	(825, 280, 46, 'not_started', '2024-09-10', NULL, '2024-03-20 02:00:00+00', '2024-03-22 01:30:00+00'),
	(826, 280, 46, 'in_progress', '2024-09-10', NULL, '2024-03-22 01:30:00+00', '2024-07-26 03:00:00+00'),
	(827, 280, 46, 'awaiting_confirmation', '2024-09-10', '2024-07-26', '2024-07-26 03:00:00+00', '2024-07-28 08:00:00+00'),
	(828, 280, 46, 'completed', '2024-09-10', '2024-07-26', '2024-07-28 08:00:00+00', NULL),
	(829, 281, 46, 'not_started', '2024-11-11', NULL, '2024-03-20 02:00:00+00', '2024-03-22 01:30:00+00'),
	(830, 281, 46, 'in_progress', '2024-11-11', NULL, '2024-03-22 01:30:00+00', '2024-11-21 03:00:00+00'),
	(831, 281, 46, 'awaiting_confirmation', '2024-11-11', '2024-11-21', '2024-11-21 03:00:00+00', '2024-11-23 08:00:00+00'),
	(832, 281, 46, 'completed', '2024-11-11', '2024-11-21', '2024-11-23 08:00:00+00', NULL),
	(833, 282, 47, 'not_started', '2026-12-25', NULL, '2024-05-18 02:00:00+00', '2024-05-20 01:30:00+00'),
	(834, 282, 47, 'in_progress', '2026-12-25', NULL, '2024-05-20 01:30:00+00', NULL),
	(835, 283, 47, 'not_started', '2027-07-21', NULL, '2024-05-08 02:00:00+00', NULL),
	(836, 284, 47, 'not_started', '2025-03-07', NULL, '2024-05-16 02:00:00+00', '2024-05-18 01:30:00+00'),
	(837, 284, 47, 'in_progress', '2025-03-07', NULL, '2024-05-18 01:30:00+00', '2025-02-23 03:00:00+00'),
	(838, 284, 47, 'awaiting_confirmation', '2025-03-07', '2025-02-23', '2025-02-23 03:00:00+00', '2025-02-25 08:00:00+00'),
	(839, 284, 47, 'completed', '2025-03-07', '2025-02-23', '2025-02-25 08:00:00+00', NULL),
	(840, 285, 47, 'not_started', '2027-12-15', NULL, '2024-05-17 02:00:00+00', NULL),
	(841, 286, 47, 'not_started', '2025-07-07', NULL, '2024-05-25 02:00:00+00', '2024-05-27 01:30:00+00'),
	(842, 286, 47, 'in_progress', '2025-07-07', NULL, '2024-05-27 01:30:00+00', '2025-05-24 03:00:00+00'),
	(843, 286, 47, 'awaiting_confirmation', '2025-07-07', '2025-05-24', '2025-05-24 03:00:00+00', NULL),
	(844, 287, 47, 'not_started', '2027-11-04', NULL, '2024-05-22 02:00:00+00', '2024-05-24 01:30:00+00'),
	(845, 287, 47, 'in_progress', '2027-11-04', NULL, '2024-05-24 01:30:00+00', NULL),
	(846, 288, 48, 'not_started', '2024-09-10', NULL, '2024-06-09 02:00:00+00', '2024-06-11 01:30:00+00'),
	(847, 288, 48, 'in_progress', '2024-09-10', NULL, '2024-06-11 01:30:00+00', NULL),
	(848, 289, 48, 'not_started', '2027-08-22', NULL, '2024-06-05 02:00:00+00', NULL),
	(849, 290, 48, 'not_started', '2025-10-27', NULL, '2024-06-19 02:00:00+00', '2024-06-21 01:30:00+00'),
	(850, 290, 48, 'in_progress', '2025-10-27', NULL, '2024-06-21 01:30:00+00', '2025-08-29 03:00:00+00'),
	(851, 290, 48, 'awaiting_confirmation', '2025-10-27', '2025-08-29', '2025-08-29 03:00:00+00', '2025-08-31 08:00:00+00'),
	(852, 290, 48, 'completed', '2025-10-27', '2025-08-29', '2025-08-31 08:00:00+00', NULL),
	(853, 291, 48, 'not_started', '2024-11-08', NULL, '2024-06-21 02:00:00+00', '2024-06-23 01:30:00+00'),
	(854, 291, 48, 'in_progress', '2024-11-08', NULL, '2024-06-23 01:30:00+00', '2024-10-13 03:00:00+00'),
	(855, 291, 48, 'awaiting_confirmation', '2024-11-08', '2024-10-13', '2024-10-13 03:00:00+00', '2024-10-15 08:00:00+00'),
	(856, 291, 48, 'completed', '2024-11-08', '2024-10-13', '2024-10-15 08:00:00+00', NULL),
	(857, 292, 48, 'not_started', '2025-10-29', NULL, '2024-06-22 02:00:00+00', '2024-06-24 01:30:00+00'),
	(858, 292, 48, 'in_progress', '2025-10-29', NULL, '2024-06-24 01:30:00+00', '2025-10-31 03:00:00+00'),
	(859, 292, 48, 'awaiting_confirmation', '2025-10-29', '2025-10-31', '2025-10-31 03:00:00+00', '2025-11-02 08:00:00+00'),
	(860, 292, 48, 'completed', '2025-10-29', '2025-10-31', '2025-11-02 08:00:00+00', NULL),
	(861, 293, 48, 'not_started', '2026-03-16', NULL, '2024-06-13 02:00:00+00', '2024-06-15 01:30:00+00'),
	(862, 293, 48, 'in_progress', '2026-03-16', NULL, '2024-06-15 01:30:00+00', '2026-03-05 03:00:00+00'),
	(863, 293, 48, 'awaiting_confirmation', '2026-03-16', '2026-03-05', '2026-03-05 03:00:00+00', '2026-03-07 08:00:00+00'),
	(864, 293, 48, 'completed', '2026-03-16', '2026-03-05', '2026-03-07 08:00:00+00', NULL),
	(865, 294, 48, 'not_started', '2027-10-08', NULL, '2024-06-21 02:00:00+00', NULL),
	(866, 295, 49, 'not_started', '2026-04-19', NULL, '2024-04-09 02:00:00+00', '2024-04-11 01:30:00+00'),
	(867, 295, 49, 'in_progress', '2026-04-19', NULL, '2024-04-11 01:30:00+00', '2026-04-26 03:00:00+00'),
	(868, 295, 49, 'awaiting_confirmation', '2026-04-19', '2026-04-26', '2026-04-26 03:00:00+00', '2026-04-28 08:00:00+00'),
	(869, 295, 49, 'completed', '2026-04-19', '2026-04-26', '2026-04-28 08:00:00+00', NULL),
	(870, 296, 49, 'not_started', '2025-09-09', NULL, '2024-03-29 02:00:00+00', '2024-03-31 01:30:00+00'),
	(871, 296, 49, 'in_progress', '2025-09-09', NULL, '2024-03-31 01:30:00+00', '2025-09-11 03:00:00+00'),
	(872, 296, 49, 'awaiting_confirmation', '2025-09-09', '2025-09-11', '2025-09-11 03:00:00+00', NULL),
	(873, 297, 49, 'not_started', '2024-12-20', NULL, '2024-03-28 02:00:00+00', '2024-03-30 01:30:00+00'),
	(874, 297, 49, 'in_progress', '2024-12-20', NULL, '2024-03-30 01:30:00+00', '2024-10-26 03:00:00+00'),
	(875, 297, 49, 'awaiting_confirmation', '2024-12-20', '2024-10-26', '2024-10-26 03:00:00+00', '2024-10-28 08:00:00+00'),
	(876, 297, 49, 'completed', '2024-12-20', '2024-10-26', '2024-10-28 08:00:00+00', NULL),
	(877, 298, 49, 'not_started', '2024-08-23', NULL, '2024-04-12 02:00:00+00', '2024-04-14 01:30:00+00'),
	(878, 298, 49, 'in_progress', '2024-08-23', NULL, '2024-04-14 01:30:00+00', '2024-08-15 03:00:00+00'),
	(879, 298, 49, 'awaiting_confirmation', '2024-08-23', '2024-08-15', '2024-08-15 03:00:00+00', '2024-08-17 08:00:00+00'),
	(880, 298, 49, 'completed', '2024-08-23', '2024-08-15', '2024-08-17 08:00:00+00', NULL),
	(881, 299, 49, 'not_started', '2024-11-27', NULL, '2024-04-14 02:00:00+00', '2024-04-16 01:30:00+00'),
	(882, 299, 49, 'in_progress', '2024-11-27', NULL, '2024-04-16 01:30:00+00', NULL),
	(883, 300, 49, 'not_started', '2024-10-18', NULL, '2024-04-13 02:00:00+00', '2024-04-15 01:30:00+00'),
	(884, 300, 49, 'in_progress', '2024-10-18', NULL, '2024-04-15 01:30:00+00', '2024-10-12 03:00:00+00'),
	(885, 300, 49, 'awaiting_confirmation', '2024-10-18', '2024-10-12', '2024-10-12 03:00:00+00', '2024-10-14 08:00:00+00'),
	(886, 300, 49, 'completed', '2024-10-18', '2024-10-12', '2024-10-14 08:00:00+00', NULL),
	(887, 301, 50, 'not_started', '2025-11-11', NULL, '2024-04-17 02:00:00+00', '2024-04-19 01:30:00+00'),
	(888, 301, 50, 'in_progress', '2025-11-11', NULL, '2024-04-19 01:30:00+00', '2025-11-11 03:00:00+00'),
	(889, 301, 50, 'awaiting_confirmation', '2025-11-11', '2025-11-11', '2025-11-11 03:00:00+00', '2025-11-13 08:00:00+00'),
	(890, 301, 50, 'completed', '2025-11-11', '2025-11-11', '2025-11-13 08:00:00+00', NULL),
	(891, 302, 50, 'not_started', '2025-06-30', NULL, '2024-04-13 02:00:00+00', '2024-04-15 01:30:00+00'),
	(892, 302, 50, 'in_progress', '2025-06-30', NULL, '2024-04-15 01:30:00+00', '2025-05-11 03:00:00+00'),
	(893, 302, 50, 'awaiting_confirmation', '2025-06-30', '2025-05-11', '2025-05-11 03:00:00+00', '2025-05-13 08:00:00+00'),
	(894, 302, 50, 'completed', '2025-06-30', '2025-05-11', '2025-05-13 08:00:00+00', NULL),
	(895, 303, 50, 'not_started', '2027-06-16', NULL, '2024-04-17 02:00:00+00', '2024-04-19 01:30:00+00'),
	(896, 303, 50, 'in_progress', '2027-06-16', NULL, '2024-04-19 01:30:00+00', NULL),
	(897, 304, 50, 'not_started', '2025-08-13', NULL, '2024-04-14 02:00:00+00', '2024-04-16 01:30:00+00'),
	(898, 304, 50, 'in_progress', '2025-08-13', NULL, '2024-04-16 01:30:00+00', '2025-07-16 03:00:00+00'),
	(899, 304, 50, 'awaiting_confirmation', '2025-08-13', '2025-07-16', '2025-07-16 03:00:00+00', '2025-07-18 08:00:00+00'),
	(900, 304, 50, 'completed', '2025-08-13', '2025-07-16', '2025-07-18 08:00:00+00', NULL),
	(901, 305, 50, 'not_started', '2027-01-22', NULL, '2024-04-10 02:00:00+00', '2024-04-12 01:30:00+00'),
	(902, 305, 50, 'in_progress', '2027-01-22', NULL, '2024-04-12 01:30:00+00', NULL),
	(903, 306, 50, 'not_started', '2025-02-08', NULL, '2024-04-14 02:00:00+00', '2024-04-16 01:30:00+00'),
	(904, 306, 50, 'in_progress', '2025-02-08', NULL, '2024-04-16 01:30:00+00', '2024-12-13 03:00:00+00'),
	(905, 306, 50, 'awaiting_confirmation', '2025-02-08', '2024-12-13', '2024-12-13 03:00:00+00', '2024-12-15 08:00:00+00'),
	(906, 306, 50, 'completed', '2025-02-08', '2024-12-13', '2024-12-15 08:00:00+00', NULL),
	(907, 307, 51, 'not_started', '2024-05-01', NULL, '2024-03-18 02:00:00+00', '2024-03-20 01:30:00+00'),
	(908, 307, 51, 'in_progress', '2024-05-01', NULL, '2024-03-20 01:30:00+00', '2024-05-19 03:00:00+00'),
	(909, 307, 51, 'awaiting_confirmation', '2024-05-01', '2024-05-19', '2024-05-19 03:00:00+00', NULL),
	(910, 308, 51, 'not_started', '2024-08-03', NULL, '2024-03-20 02:00:00+00', '2024-03-22 01:30:00+00'),
	(911, 308, 51, 'in_progress', '2024-08-03', NULL, '2024-03-22 01:30:00+00', '2024-06-04 03:00:00+00'),
	(912, 308, 51, 'awaiting_confirmation', '2024-08-03', '2024-06-04', '2024-06-04 03:00:00+00', NULL),
	(913, 309, 51, 'not_started', '2027-07-30', NULL, '2024-03-29 02:00:00+00', NULL),
	(914, 310, 51, 'not_started', '2027-11-05', NULL, '2024-03-20 02:00:00+00', '2024-03-22 01:30:00+00'),
	(915, 310, 51, 'in_progress', '2027-11-05', NULL, '2024-03-22 01:30:00+00', NULL),
	(916, 311, 51, 'not_started', '2024-10-24', NULL, '2024-03-21 02:00:00+00', '2024-03-23 01:30:00+00'),
	(917, 311, 51, 'in_progress', '2024-10-24', NULL, '2024-03-23 01:30:00+00', '2024-11-11 03:00:00+00'),
	(918, 311, 51, 'awaiting_confirmation', '2024-10-24', '2024-11-11', '2024-11-11 03:00:00+00', '2024-11-13 08:00:00+00'),
	(919, 311, 51, 'completed', '2024-10-24', '2024-11-11', '2024-11-13 08:00:00+00', NULL),
	(920, 312, 51, 'not_started', '2025-09-28', NULL, '2024-03-21 02:00:00+00', '2024-03-23 01:30:00+00'),
	(921, 312, 51, 'in_progress', '2025-09-28', NULL, '2024-03-23 01:30:00+00', '2025-09-26 03:00:00+00'),
	(922, 312, 51, 'awaiting_confirmation', '2025-09-28', '2025-09-26', '2025-09-26 03:00:00+00', '2025-09-28 08:00:00+00'),
	(923, 312, 51, 'completed', '2025-09-28', '2025-09-26', '2025-09-28 08:00:00+00', NULL);


--
-- Data for Name: tasks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tasks VALUES
	(1, 'NV-HP-01', 1, 2, 54, 'Bổ sung, hoàn chỉnh Báo cáo tổng kết 20 năm thực hiện Nghị quyết 23-NQ/TW của thành phố theo ý kiến của Đoàn khảo sát', NULL, '2024-06-30', '2024-06-30', 'completed', 100, '2024-06-28', NULL, NULL, DEFAULT, 4, 4, 4, '2024-05-27 02:00:00+00', '2024-06-30 08:00:00+00'),
	(2, 'NV-HP-02', 1, 2, 54, 'Bổ sung các kiến nghị, đề xuất đúc rút từ thực tiễn, thể hiện dấu ấn, bản sắc của Hải Phòng', NULL, '2024-06-15', '2024-06-15', 'completed', 100, '2024-06-20', NULL, NULL, DEFAULT, 4, 4, 4, '2024-05-27 02:00:00+00', '2024-06-22 08:00:00+00'),
	(3, 'NV-HP-03', 1, 2, 53, 'Tổng hợp, gửi các kiến nghị của thành phố tới Ban Chỉ đạo Trung ương', NULL, '2024-06-10', '2024-06-10', 'completed', 100, '2024-06-07', NULL, NULL, DEFAULT, 4, 4, 4, '2024-05-27 02:00:00+00', '2024-06-09 08:00:00+00'),
	(4, 'NV-HP-04', 1, 1, 59, 'Đưa kết quả khảo sát tại Huyện ủy Thủy Nguyên vào báo cáo chung của thành phố', NULL, '2024-06-05', '2024-06-05', 'completed', 100, '2024-06-12', NULL, NULL, DEFAULT, 4, 4, 4, '2024-05-27 02:00:00+00', '2024-06-14 08:00:00+00'),
	(5, 'NV-HP-05', 1, 2, 56, 'Tổng hợp mô hình, cách làm hay thực hiện phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát và dân thụ hưởng”', NULL, '2026-09-30', '2026-09-30', 'in_progress', 60, NULL, NULL, NULL, DEFAULT, 3, 4, 7, '2024-05-27 02:00:00+00', '2024-06-19 09:00:00+00'),
	(6, 'NV-HP-06', 1, 2, 54, 'Rà soát kết quả thực hiện các nghị quyết về giai cấp công nhân, nông dân, trí thức, thanh niên, phụ nữ trên địa bàn', NULL, '2027-03-31', '2027-03-31', 'in_progress', 35, NULL, NULL, NULL, DEFAULT, 3, 4, 6, '2024-05-27 02:00:00+00', '2024-06-19 09:00:00+00'),
	(7, 'NV-HP-07', 1, 2, 58, 'Đề xuất nội dung cần hướng dẫn về tổ chức bộ máy, cán bộ cấp xã và tổ chức ở thôn, tổ dân phố', NULL, '2027-06-30', '2027-06-30', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 4, 4, '2024-05-27 02:00:00+00', '2024-05-27 02:00:00+00'),
	(8, 'NV-BNV-01', 1, NULL, 11, 'Hướng dẫn thực hiện đồng bộ, thống nhất tổ chức bộ máy, cán bộ cấp xã và các tổ chức ở thôn, tổ dân phố', NULL, '2026-12-31', '2026-12-31', 'in_progress', 50, NULL, NULL, NULL, DEFAULT, 3, 2, 8, '2025-02-20 02:00:00+00', '2025-03-15 09:00:00+00'),
	(9, 'NV-P01-01', 1, 3, 18, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hà Nội', NULL, '2024-12-15', '2024-12-15', 'completed', 100, '2024-11-04', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-24 02:00:00+00', '2024-11-06 08:00:00+00'),
	(10, 'NV-P01-02', 1, 3, 18, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hà Nội', NULL, '2024-04-26', '2024-04-26', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-21 02:00:00+00', '2024-03-21 02:00:00+00'),
	(11, 'NV-P01-03', 1, 3, 18, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hà Nội', NULL, '2024-06-26', '2024-06-26', 'completed', 100, '2024-07-25', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-25 02:00:00+00', '2024-07-27 08:00:00+00'),
	(12, 'NV-P01-04', 1, 3, 18, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hà Nội', NULL, '2025-10-19', '2025-10-19', 'completed', 100, '2025-08-25', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-27 02:00:00+00', '2025-08-27 08:00:00+00'),
	(13, 'NV-P01-05', 1, 3, 18, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hà Nội', NULL, '2024-09-21', '2024-09-21', 'in_progress', 79, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-20 02:00:00+00', '2024-04-12 09:00:00+00'),
	(14, 'NV-P01-06', 1, 3, 18, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hà Nội', NULL, '2025-11-08', '2025-11-08', 'completed', 100, '2025-09-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-16 02:00:00+00', '2025-09-25 08:00:00+00'),
	(15, 'NV-P04-01', 1, 4, 19, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Cao Bằng', NULL, '2026-03-24', '2026-03-24', 'in_progress', 64, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-26 02:00:00+00', '2024-05-19 09:00:00+00'),
	(16, 'NV-P04-02', 1, 4, 19, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Cao Bằng', NULL, '2027-03-24', '2027-03-24', 'in_progress', 54, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-24 02:00:00+00', '2024-05-17 09:00:00+00'),
	(17, 'NV-P04-03', 1, 4, 19, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Cao Bằng', NULL, '2025-09-09', '2025-09-09', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-26 02:00:00+00', '2024-04-26 02:00:00+00'),
	(18, 'NV-P04-04', 1, 4, 19, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Cao Bằng', NULL, '2027-04-27', '2027-04-27', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-15 02:00:00+00', '2024-04-15 02:00:00+00'),
	(19, 'NV-P04-05', 1, 4, 19, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Cao Bằng', NULL, '2025-10-03', '2025-10-03', 'completed', 100, '2025-10-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-24 02:00:00+00', '2025-10-26 08:00:00+00'),
	(20, 'NV-P04-06', 1, 4, 19, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Cao Bằng', NULL, '2025-07-22', '2025-07-22', 'completed', 100, '2025-07-10', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-23 02:00:00+00', '2025-07-12 08:00:00+00'),
	(21, 'NV-P04-07', 1, 4, 19, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Cao Bằng)', NULL, '2024-12-22', '2024-12-22', 'completed', 100, '2024-10-27', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-23 02:00:00+00', '2024-10-29 08:00:00+00'),
	(22, 'NV-P04-08', 1, 4, 19, 'Tổng hợp kiến nghị, đề xuất của Cao Bằng gửi Ban Chỉ đạo Trung ương', NULL, '2025-08-25', '2025-08-25', 'completed', 100, '2025-07-03', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-09 02:00:00+00', '2025-07-05 08:00:00+00'),
	(23, 'NV-P04-09', 1, 4, 19, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Cao Bằng', NULL, '2027-02-01', '2027-02-01', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-19 02:00:00+00', '2024-04-19 02:00:00+00'),
	(24, 'NV-P04-10', 1, 4, 19, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Cao Bằng', NULL, '2027-03-23', '2027-03-23', 'in_progress', 20, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-12 02:00:00+00', '2024-05-05 09:00:00+00'),
	(25, 'NV-P08-01', 1, 5, 20, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Tuyên Quang', NULL, '2024-10-26', '2024-10-26', 'completed', 100, '2024-10-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-28 02:00:00+00', '2024-10-28 08:00:00+00'),
	(26, 'NV-P08-02', 1, 5, 20, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Tuyên Quang', NULL, '2025-04-24', '2025-04-24', 'completed', 100, '2025-03-16', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-26 02:00:00+00', '2025-03-18 08:00:00+00'),
	(27, 'NV-P08-03', 1, 5, 20, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Tuyên Quang', NULL, '2026-06-15', '2026-06-15', 'awaiting_confirmation', 100, '2026-04-18', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-19 02:00:00+00', '2026-04-18 03:00:00+00'),
	(28, 'NV-P08-04', 1, 5, 20, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Tuyên Quang', NULL, '2024-09-16', '2024-09-16', 'completed', 100, '2024-10-13', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-28 02:00:00+00', '2024-10-15 08:00:00+00'),
	(29, 'NV-P08-05', 1, 5, 20, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Tuyên Quang', NULL, '2026-01-25', '2026-01-25', 'in_progress', 79, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-26 02:00:00+00', '2024-06-18 09:00:00+00'),
	(30, 'NV-P08-06', 1, 5, 20, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Tuyên Quang', NULL, '2026-01-11', '2026-01-11', 'completed', 100, '2026-01-07', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-18 02:00:00+00', '2026-01-09 08:00:00+00'),
	(31, 'NV-P08-07', 1, 5, 20, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Tuyên Quang)', NULL, '2025-09-05', '2025-09-05', 'in_progress', 60, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-26 02:00:00+00', '2024-06-18 09:00:00+00'),
	(32, 'NV-P08-08', 1, 5, 20, 'Tổng hợp kiến nghị, đề xuất của Tuyên Quang gửi Ban Chỉ đạo Trung ương', NULL, '2027-12-14', '2027-12-14', 'in_progress', 69, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-19 02:00:00+00', '2024-06-11 09:00:00+00'),
	(33, 'NV-P08-09', 1, 5, 20, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Tuyên Quang', NULL, '2026-04-20', '2026-04-20', 'completed', 100, '2026-03-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-16 02:00:00+00', '2026-03-07 08:00:00+00'),
	(34, 'NV-P08-10', 1, 5, 20, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Tuyên Quang', NULL, '2025-01-04', '2025-01-04', 'completed', 100, '2024-11-06', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-23 02:00:00+00', '2024-11-08 08:00:00+00'),
	(35, 'NV-P08-11', 1, 5, 20, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Tuyên Quang', NULL, '2025-01-01', '2025-01-01', 'awaiting_confirmation', 100, '2024-12-25', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-30 02:00:00+00', '2024-12-25 03:00:00+00'),
	(36, 'NV-P08-12', 1, 5, 20, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Tuyên Quang', NULL, '2024-12-21', '2024-12-21', 'completed', 100, '2024-12-09', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-01 02:00:00+00', '2024-12-11 08:00:00+00'),
	(37, 'NV-P08-13', 1, 5, 20, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Tuyên Quang', NULL, '2025-06-10', '2025-06-10', 'completed', 100, '2025-06-04', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-16 02:00:00+00', '2025-06-06 08:00:00+00'),
	(38, 'NV-P11-01', 1, 6, 21, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Điện Biên', NULL, '2027-10-02', '2027-10-02', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-06 02:00:00+00', '2024-05-06 02:00:00+00'),
	(39, 'NV-P11-02', 1, 6, 21, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Điện Biên', NULL, '2024-12-02', '2024-12-02', 'completed', 100, '2024-11-13', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-01 02:00:00+00', '2024-11-15 08:00:00+00'),
	(40, 'NV-P11-03', 1, 6, 21, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Điện Biên', NULL, '2024-10-11', '2024-10-11', 'awaiting_confirmation', 100, '2024-08-23', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-29 02:00:00+00', '2024-08-23 03:00:00+00'),
	(41, 'NV-P11-04', 1, 6, 21, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Điện Biên', NULL, '2027-09-05', '2027-09-05', 'in_progress', 74, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-23 02:00:00+00', '2024-05-16 09:00:00+00'),
	(42, 'NV-P11-05', 1, 6, 21, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Điện Biên', NULL, '2025-09-08', '2025-09-08', 'completed', 100, '2025-09-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-05 02:00:00+00', '2025-09-26 08:00:00+00'),
	(43, 'NV-P11-06', 1, 6, 21, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Điện Biên', NULL, '2024-08-24', '2024-08-24', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-05-03 02:00:00+00', '2024-06-02 07:00:00+00'),
	(44, 'NV-P11-07', 1, 6, 21, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Điện Biên)', NULL, '2025-12-29', '2025-12-29', 'completed', 100, '2026-01-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-04 02:00:00+00', '2026-01-13 08:00:00+00'),
	(45, 'NV-P12-01', 1, 7, 22, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lai Châu', NULL, '2027-12-07', '2027-12-07', 'in_progress', 29, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-02 02:00:00+00', '2024-04-25 09:00:00+00'),
	(46, 'NV-P12-02', 1, 7, 22, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lai Châu', NULL, '2027-01-10', '2027-01-10', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-04 02:00:00+00', '2024-04-04 02:00:00+00'),
	(47, 'NV-P12-03', 1, 7, 22, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lai Châu', NULL, '2027-11-17', '2027-11-17', 'in_progress', 36, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-04 02:00:00+00', '2024-04-27 09:00:00+00'),
	(48, 'NV-P12-04', 1, 7, 22, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lai Châu', NULL, '2024-07-08', '2024-07-08', 'completed', 100, '2024-05-30', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-18 02:00:00+00', '2024-06-01 08:00:00+00'),
	(49, 'NV-P12-05', 1, 7, 22, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lai Châu', NULL, '2027-05-14', '2027-05-14', 'in_progress', 49, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-17 02:00:00+00', '2024-05-10 09:00:00+00'),
	(50, 'NV-P12-06', 1, 7, 22, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lai Châu', NULL, '2025-12-22', '2025-12-22', 'completed', 100, '2025-11-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-07 02:00:00+00', '2025-11-25 08:00:00+00'),
	(51, 'NV-P14-01', 1, 8, 23, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Sơn La', NULL, '2027-12-07', '2027-12-07', 'in_progress', 28, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-28 02:00:00+00', '2024-04-20 09:00:00+00'),
	(52, 'NV-P14-02', 1, 8, 23, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Sơn La', NULL, '2026-03-31', '2026-03-31', 'completed', 100, '2026-03-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-01 02:00:00+00', '2026-03-07 08:00:00+00'),
	(53, 'NV-P14-03', 1, 8, 23, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Sơn La', NULL, '2024-10-06', '2024-10-06', 'in_progress', 82, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-07 02:00:00+00', '2024-04-30 09:00:00+00'),
	(54, 'NV-P14-04', 1, 8, 23, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Sơn La', NULL, '2025-02-12', '2025-02-12', 'completed', 100, '2025-01-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-02 02:00:00+00', '2025-01-13 08:00:00+00'),
	(55, 'NV-P14-05', 1, 8, 23, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Sơn La', NULL, '2024-09-08', '2024-09-08', 'completed', 100, '2024-08-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-26 02:00:00+00', '2024-08-28 08:00:00+00'),
	(56, 'NV-P14-06', 1, 8, 23, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Sơn La', NULL, '2027-10-07', '2027-10-07', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-09 02:00:00+00', '2024-04-09 02:00:00+00'),
	(57, 'NV-P14-07', 1, 8, 23, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Sơn La)', NULL, '2025-05-02', '2025-05-02', 'completed', 100, '2025-05-21', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-13 02:00:00+00', '2025-05-23 08:00:00+00'),
	(58, 'NV-P14-08', 1, 8, 23, 'Tổng hợp kiến nghị, đề xuất của Sơn La gửi Ban Chỉ đạo Trung ương', NULL, '2027-01-30', '2027-01-30', 'in_progress', 74, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-09 02:00:00+00', '2024-05-02 09:00:00+00'),
	(59, 'NV-P14-09', 1, 8, 23, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Sơn La', NULL, '2024-07-17', '2024-07-17', 'awaiting_confirmation', 100, '2024-07-01', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-06 02:00:00+00', '2024-07-01 03:00:00+00'),
	(60, 'NV-P14-10', 1, 8, 23, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Sơn La', NULL, '2024-10-30', '2024-10-30', 'awaiting_confirmation', 100, '2024-10-01', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-04 02:00:00+00', '2024-10-01 03:00:00+00'),
	(61, 'NV-P14-11', 1, 8, 23, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Sơn La', NULL, '2027-11-11', '2027-11-11', 'in_progress', 73, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-04 02:00:00+00', '2024-04-27 09:00:00+00'),
	(62, 'NV-P15-01', 1, 9, 24, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lào Cai', NULL, '2025-04-15', '2025-04-15', 'completed', 100, '2025-02-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-10 02:00:00+00', '2025-02-17 08:00:00+00'),
	(63, 'NV-P15-02', 1, 9, 24, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lào Cai', NULL, '2027-02-13', '2027-02-13', 'in_progress', 63, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-15 02:00:00+00', '2024-04-07 09:00:00+00'),
	(64, 'NV-P15-03', 1, 9, 24, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lào Cai', NULL, '2024-11-22', '2024-11-22', 'completed', 100, '2024-10-30', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-12 02:00:00+00', '2024-11-01 08:00:00+00'),
	(65, 'NV-P15-04', 1, 9, 24, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lào Cai', NULL, '2024-10-02', '2024-10-02', 'completed', 100, '2024-08-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-06 02:00:00+00', '2024-08-17 08:00:00+00'),
	(66, 'NV-P15-05', 1, 9, 24, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lào Cai', NULL, '2027-06-14', '2027-06-14', 'in_progress', 76, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-23 02:00:00+00', '2024-04-15 09:00:00+00'),
	(67, 'NV-P15-06', 1, 9, 24, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lào Cai', NULL, '2025-05-30', '2025-05-30', 'awaiting_confirmation', 100, '2025-04-24', NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-07 02:00:00+00', '2025-04-24 03:00:00+00'),
	(68, 'NV-P15-07', 1, 9, 24, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Lào Cai)', NULL, '2024-11-08', '2024-11-08', 'completed', 100, '2024-09-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-21 02:00:00+00', '2024-09-17 08:00:00+00'),
	(69, 'NV-P15-08', 1, 9, 24, 'Tổng hợp kiến nghị, đề xuất của Lào Cai gửi Ban Chỉ đạo Trung ương', NULL, '2027-06-18', '2027-06-18', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-09 02:00:00+00', '2024-03-09 02:00:00+00'),
	(70, 'NV-P15-09', 1, 9, 24, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Lào Cai', NULL, '2027-09-05', '2027-09-05', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-11 02:00:00+00', '2024-03-11 02:00:00+00'),
	(71, 'NV-P15-10', 1, 9, 24, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Lào Cai', NULL, '2024-05-09', '2024-05-09', 'completed', 100, '2024-04-25', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-15 02:00:00+00', '2024-04-27 08:00:00+00'),
	(72, 'NV-P15-11', 1, 9, 24, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lào Cai', NULL, '2025-10-01', '2025-10-01', 'completed', 100, '2025-08-14', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-05 02:00:00+00', '2025-08-16 08:00:00+00'),
	(73, 'NV-P15-12', 1, 9, 24, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lào Cai', NULL, '2027-09-09', '2027-09-09', 'in_progress', 36, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-08 02:00:00+00', '2024-03-31 09:00:00+00'),
	(74, 'NV-P19-01', 1, 10, 25, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Thái Nguyên', NULL, '2024-12-20', '2024-12-20', 'completed', 100, '2025-01-12', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-17 02:00:00+00', '2025-01-14 08:00:00+00'),
	(75, 'NV-P19-02', 1, 10, 25, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Thái Nguyên', NULL, '2025-08-24', '2025-08-24', 'completed', 100, '2025-09-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-06 02:00:00+00', '2025-09-25 08:00:00+00'),
	(76, 'NV-P19-03', 1, 10, 25, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Thái Nguyên', NULL, '2026-04-03', '2026-04-03', 'completed', 100, '2026-02-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-16 02:00:00+00', '2026-02-13 08:00:00+00'),
	(77, 'NV-P19-04', 1, 10, 25, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Thái Nguyên', NULL, '2025-02-19', '2025-02-19', 'completed', 100, '2025-01-06', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-14 02:00:00+00', '2025-01-08 08:00:00+00'),
	(78, 'NV-P19-05', 1, 10, 25, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Thái Nguyên', NULL, '2025-06-29', '2025-06-29', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-04-11 02:00:00+00', '2024-05-11 07:00:00+00'),
	(79, 'NV-P19-06', 1, 10, 25, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Thái Nguyên', NULL, '2026-04-15', '2026-04-15', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-04-18 02:00:00+00', '2024-05-18 07:00:00+00'),
	(80, 'NV-P19-07', 1, 10, 25, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Thái Nguyên)', NULL, '2025-10-01', '2025-10-01', 'completed', 100, '2025-10-13', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-07 02:00:00+00', '2025-10-15 08:00:00+00'),
	(81, 'NV-P20-01', 1, 11, 26, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lạng Sơn', NULL, '2024-11-09', '2024-11-09', 'completed', 100, '2024-10-19', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-29 02:00:00+00', '2024-10-21 08:00:00+00'),
	(82, 'NV-P20-02', 1, 11, 26, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lạng Sơn', NULL, '2027-06-26', '2027-06-26', 'in_progress', 73, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-18 02:00:00+00', '2024-06-10 09:00:00+00'),
	(83, 'NV-P20-03', 1, 11, 26, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lạng Sơn', NULL, '2025-11-24', '2025-11-24', 'completed', 100, '2025-10-28', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-26 02:00:00+00', '2025-10-30 08:00:00+00'),
	(84, 'NV-P20-04', 1, 11, 26, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lạng Sơn', NULL, '2027-03-11', '2027-03-11', 'in_progress', 61, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-29 02:00:00+00', '2024-06-21 09:00:00+00'),
	(85, 'NV-P20-05', 1, 11, 26, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lạng Sơn', NULL, '2025-10-02', '2025-10-02', 'in_progress', 83, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-18 02:00:00+00', '2024-06-10 09:00:00+00'),
	(86, 'NV-P20-06', 1, 11, 26, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lạng Sơn', NULL, '2025-02-16', '2025-02-16', 'completed', 100, '2024-12-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-21 02:00:00+00', '2024-12-25 08:00:00+00'),
	(87, 'NV-P20-07', 1, 11, 26, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Lạng Sơn)', NULL, '2025-07-17', '2025-07-17', 'completed', 100, '2025-05-31', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-16 02:00:00+00', '2025-06-02 08:00:00+00'),
	(88, 'NV-P20-08', 1, 11, 26, 'Tổng hợp kiến nghị, đề xuất của Lạng Sơn gửi Ban Chỉ đạo Trung ương', NULL, '2027-03-11', '2027-03-11', 'in_progress', 44, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-30 02:00:00+00', '2024-06-22 09:00:00+00'),
	(89, 'NV-P20-09', 1, 11, 26, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Lạng Sơn', NULL, '2026-04-24', '2026-04-24', 'completed', 100, '2026-02-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-28 02:00:00+00', '2026-02-26 08:00:00+00'),
	(90, 'NV-P20-10', 1, 11, 26, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Lạng Sơn', NULL, '2024-12-24', '2024-12-24', 'completed', 100, '2024-11-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-27 02:00:00+00', '2024-11-25 08:00:00+00'),
	(91, 'NV-P20-11', 1, 11, 26, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lạng Sơn', NULL, '2026-05-31', '2026-05-31', 'awaiting_confirmation', 100, '2026-05-16', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-20 02:00:00+00', '2026-05-16 03:00:00+00'),
	(92, 'NV-P22-01', 1, 12, 27, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Ninh', NULL, '2027-11-27', '2027-11-27', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-26 02:00:00+00', '2024-04-26 02:00:00+00'),
	(93, 'NV-P22-02', 1, 12, 27, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Ninh', NULL, '2025-06-23', '2025-06-23', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-24 02:00:00+00', '2024-04-24 02:00:00+00'),
	(94, 'NV-P22-03', 1, 12, 27, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Ninh', NULL, '2024-10-12', '2024-10-12', 'completed', 100, '2024-10-01', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-30 02:00:00+00', '2024-10-03 08:00:00+00'),
	(95, 'NV-P22-04', 1, 12, 27, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Ninh', NULL, '2025-04-07', '2025-04-07', 'completed', 100, '2025-04-07', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-24 02:00:00+00', '2025-04-09 08:00:00+00'),
	(96, 'NV-P22-05', 1, 12, 27, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Quảng Ninh', NULL, '2024-12-01', '2024-12-01', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-04-29 02:00:00+00', '2024-05-29 07:00:00+00'),
	(97, 'NV-P22-06', 1, 12, 27, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Quảng Ninh', NULL, '2025-07-10', '2025-07-10', 'awaiting_confirmation', 100, '2025-05-23', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-28 02:00:00+00', '2025-05-23 03:00:00+00'),
	(98, 'NV-P24-01', 1, 13, 28, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Bắc Ninh', NULL, '2027-12-14', '2027-12-14', 'in_progress', 66, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-10 02:00:00+00', '2024-05-03 09:00:00+00'),
	(99, 'NV-P24-02', 1, 13, 28, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Bắc Ninh', NULL, '2027-03-09', '2027-03-09', 'in_progress', 50, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-29 02:00:00+00', '2024-04-21 09:00:00+00'),
	(100, 'NV-P24-03', 1, 13, 28, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Bắc Ninh', NULL, '2027-03-06', '2027-03-06', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-26 02:00:00+00', '2024-03-26 02:00:00+00'),
	(101, 'NV-P24-04', 1, 13, 28, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Bắc Ninh', NULL, '2025-03-06', '2025-03-06', 'completed', 100, '2025-02-22', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-12 02:00:00+00', '2025-02-24 08:00:00+00'),
	(102, 'NV-P24-05', 1, 13, 28, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Bắc Ninh', NULL, '2026-11-30', '2026-11-30', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-25 02:00:00+00', '2024-03-25 02:00:00+00'),
	(103, 'NV-P24-06', 1, 13, 28, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Bắc Ninh', NULL, '2026-05-07', '2026-05-07', 'completed', 100, '2026-03-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-11 02:00:00+00', '2026-03-25 08:00:00+00'),
	(104, 'NV-P24-07', 1, 13, 28, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Bắc Ninh)', NULL, '2024-08-25', '2024-08-25', 'completed', 100, '2024-07-10', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-06 02:00:00+00', '2024-07-12 08:00:00+00'),
	(105, 'NV-P24-08', 1, 13, 28, 'Tổng hợp kiến nghị, đề xuất của Bắc Ninh gửi Ban Chỉ đạo Trung ương', NULL, '2024-08-07', '2024-08-07', 'completed', 100, '2024-06-08', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-12 02:00:00+00', '2024-06-10 08:00:00+00'),
	(106, 'NV-P24-09', 1, 13, 28, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Bắc Ninh', NULL, '2026-03-27', '2026-03-27', 'in_progress', 21, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-26 02:00:00+00', '2024-04-18 09:00:00+00'),
	(107, 'NV-P24-10', 1, 13, 28, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Bắc Ninh', NULL, '2027-01-28', '2027-01-28', 'in_progress', 90, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-11 02:00:00+00', '2024-05-04 09:00:00+00'),
	(108, 'NV-P24-11', 1, 13, 28, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Bắc Ninh', NULL, '2025-10-01', '2025-10-01', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-31 02:00:00+00', '2024-03-31 02:00:00+00'),
	(109, 'NV-P24-12', 1, 13, 28, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Bắc Ninh', NULL, '2027-05-21', '2027-05-21', 'in_progress', 65, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-11 02:00:00+00', '2024-05-04 09:00:00+00'),
	(110, 'NV-P25-01', 1, 14, 29, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Phú Thọ', NULL, '2026-04-19', '2026-04-19', 'completed', 100, '2026-04-16', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-15 02:00:00+00', '2026-04-18 08:00:00+00'),
	(111, 'NV-P25-02', 1, 14, 29, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Phú Thọ', NULL, '2027-07-10', '2027-07-10', 'in_progress', 16, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-22 02:00:00+00', '2024-05-15 09:00:00+00'),
	(112, 'NV-P25-03', 1, 14, 29, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Phú Thọ', NULL, '2025-09-27', '2025-09-27', 'completed', 100, '2025-08-07', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-14 02:00:00+00', '2025-08-09 08:00:00+00'),
	(113, 'NV-P25-04', 1, 14, 29, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Phú Thọ', NULL, '2025-02-20', '2025-02-20', 'awaiting_confirmation', 100, '2025-02-09', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-26 02:00:00+00', '2025-02-09 03:00:00+00'),
	(114, 'NV-P25-05', 1, 14, 29, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Phú Thọ', NULL, '2025-10-05', '2025-10-05', 'completed', 100, '2025-09-29', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-16 02:00:00+00', '2025-10-01 08:00:00+00'),
	(115, 'NV-P25-06', 1, 14, 29, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Phú Thọ', NULL, '2024-07-27', '2024-07-27', 'completed', 100, '2024-07-29', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-25 02:00:00+00', '2024-07-31 08:00:00+00'),
	(116, 'NV-P25-07', 1, 14, 29, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Phú Thọ)', NULL, '2026-02-23', '2026-02-23', 'completed', 100, '2025-12-27', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-22 02:00:00+00', '2025-12-29 08:00:00+00'),
	(117, 'NV-P25-08', 1, 14, 29, 'Tổng hợp kiến nghị, đề xuất của Phú Thọ gửi Ban Chỉ đạo Trung ương', NULL, '2024-06-16', '2024-06-16', 'completed', 100, '2024-05-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-20 02:00:00+00', '2024-05-25 08:00:00+00'),
	(118, 'NV-P25-09', 1, 14, 29, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Phú Thọ', NULL, '2027-01-26', '2027-01-26', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-24 02:00:00+00', '2024-04-24 02:00:00+00'),
	(119, 'NV-P25-10', 1, 14, 29, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Phú Thọ', NULL, '2026-12-07', '2026-12-07', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-29 02:00:00+00', '2024-04-29 02:00:00+00'),
	(120, 'NV-P25-11', 1, 14, 29, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Phú Thọ', NULL, '2025-05-22', '2025-05-22', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-25 02:00:00+00', '2024-04-25 02:00:00+00'),
	(121, 'NV-P25-12', 1, 14, 29, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Phú Thọ', NULL, '2027-11-27', '2027-11-27', 'in_progress', 87, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-18 02:00:00+00', '2024-05-11 09:00:00+00'),
	(122, 'NV-P25-13', 1, 14, 29, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Phú Thọ', NULL, '2026-02-14', '2026-02-14', 'completed', 100, '2026-02-09', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-25 02:00:00+00', '2026-02-11 08:00:00+00'),
	(123, 'NV-P33-01', 1, 15, 31, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hưng Yên', NULL, '2025-10-31', '2025-10-31', 'completed', 100, '2025-10-28', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-14 02:00:00+00', '2025-10-30 08:00:00+00'),
	(124, 'NV-P33-02', 1, 15, 31, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hưng Yên', NULL, '2026-02-21', '2026-02-21', 'completed', 100, '2026-01-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-10 02:00:00+00', '2026-01-13 08:00:00+00'),
	(125, 'NV-P33-03', 1, 15, 31, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hưng Yên', NULL, '2024-06-29', '2024-06-29', 'completed', 100, '2024-05-04', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-04 02:00:00+00', '2024-05-06 08:00:00+00'),
	(126, 'NV-P33-04', 1, 15, 31, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hưng Yên', NULL, '2024-12-06', '2024-12-06', 'completed', 100, '2025-01-01', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-19 02:00:00+00', '2025-01-03 08:00:00+00'),
	(153, 'NV-P40-04', 1, 18, 34, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Nghệ An', NULL, '2026-04-12', '2026-04-12', 'awaiting_confirmation', 100, '2026-03-12', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-28 02:00:00+00', '2026-03-12 03:00:00+00'),
	(127, 'NV-P33-05', 1, 15, 31, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hưng Yên', NULL, '2025-07-29', '2025-07-29', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-08 02:00:00+00', '2024-03-08 02:00:00+00'),
	(128, 'NV-P33-06', 1, 15, 31, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hưng Yên', NULL, '2025-02-06', '2025-02-06', 'completed', 100, '2025-03-02', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-07 02:00:00+00', '2025-03-04 08:00:00+00'),
	(129, 'NV-P33-07', 1, 15, 31, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Hưng Yên)', NULL, '2027-01-25', '2027-01-25', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-09 02:00:00+00', '2024-03-09 02:00:00+00'),
	(130, 'NV-P33-08', 1, 15, 31, 'Tổng hợp kiến nghị, đề xuất của Hưng Yên gửi Ban Chỉ đạo Trung ương', NULL, '2024-10-02', '2024-10-02', 'completed', 100, '2024-08-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-12 02:00:00+00', '2024-08-28 08:00:00+00'),
	(131, 'NV-P37-01', 1, 16, 32, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Ninh Bình', NULL, '2027-01-29', '2027-01-29', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-24 02:00:00+00', '2024-03-24 02:00:00+00'),
	(132, 'NV-P37-02', 1, 16, 32, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Ninh Bình', NULL, '2027-04-03', '2027-04-03', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-03 02:00:00+00', '2024-04-03 02:00:00+00'),
	(133, 'NV-P37-03', 1, 16, 32, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Ninh Bình', NULL, '2024-12-05', '2024-12-05', 'completed', 100, '2024-12-08', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-24 02:00:00+00', '2024-12-10 08:00:00+00'),
	(134, 'NV-P37-04', 1, 16, 32, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Ninh Bình', NULL, '2025-03-31', '2025-03-31', 'completed', 100, '2025-03-30', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-23 02:00:00+00', '2025-04-01 08:00:00+00'),
	(135, 'NV-P37-05', 1, 16, 32, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Ninh Bình', NULL, '2024-07-27', '2024-07-27', 'completed', 100, '2024-06-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-25 02:00:00+00', '2024-06-25 08:00:00+00'),
	(136, 'NV-P37-06', 1, 16, 32, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Ninh Bình', NULL, '2024-06-07', '2024-06-07', 'in_progress', 56, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-27 02:00:00+00', '2024-04-19 09:00:00+00'),
	(137, 'NV-P37-07', 1, 16, 32, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Ninh Bình)', NULL, '2024-07-06', '2024-07-06', 'awaiting_confirmation', 100, '2024-07-14', NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-28 02:00:00+00', '2024-07-14 03:00:00+00'),
	(138, 'NV-P37-08', 1, 16, 32, 'Tổng hợp kiến nghị, đề xuất của Ninh Bình gửi Ban Chỉ đạo Trung ương', NULL, '2025-04-29', '2025-04-29', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-25 02:00:00+00', '2024-03-25 02:00:00+00'),
	(139, 'NV-P37-09', 1, 16, 32, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Ninh Bình', NULL, '2024-10-16', '2024-10-16', 'completed', 100, '2024-10-25', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-26 02:00:00+00', '2024-10-27 08:00:00+00'),
	(140, 'NV-P37-10', 1, 16, 32, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Ninh Bình', NULL, '2027-11-26', '2027-11-26', 'in_progress', 52, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-03 02:00:00+00', '2024-04-26 09:00:00+00'),
	(141, 'NV-P37-11', 1, 16, 32, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Ninh Bình', NULL, '2024-10-25', '2024-10-25', 'completed', 100, '2024-10-31', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-21 02:00:00+00', '2024-11-02 08:00:00+00'),
	(142, 'NV-P37-12', 1, 16, 32, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Ninh Bình', NULL, '2025-07-24', '2025-07-24', 'in_progress', 60, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-03 02:00:00+00', '2024-04-26 09:00:00+00'),
	(143, 'NV-P37-13', 1, 16, 32, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Ninh Bình', NULL, '2024-06-12', '2024-06-12', 'completed', 100, '2024-04-18', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-28 02:00:00+00', '2024-04-20 08:00:00+00'),
	(144, 'NV-P38-01', 1, 17, 33, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Thanh Hóa', NULL, '2025-06-03', '2025-06-03', 'completed', 100, '2025-05-20', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-14 02:00:00+00', '2025-05-22 08:00:00+00'),
	(145, 'NV-P38-02', 1, 17, 33, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Thanh Hóa', NULL, '2026-01-27', '2026-01-27', 'completed', 100, '2025-12-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-14 02:00:00+00', '2025-12-25 08:00:00+00'),
	(146, 'NV-P38-03', 1, 17, 33, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Thanh Hóa', NULL, '2026-04-01', '2026-04-01', 'completed', 100, '2026-03-13', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-20 02:00:00+00', '2026-03-15 08:00:00+00'),
	(147, 'NV-P38-04', 1, 17, 33, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Thanh Hóa', NULL, '2024-10-30', '2024-10-30', 'in_progress', 68, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-06-11 02:00:00+00', '2024-07-04 09:00:00+00'),
	(148, 'NV-P38-05', 1, 17, 33, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Thanh Hóa', NULL, '2024-08-22', '2024-08-22', 'completed', 100, '2024-09-09', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-25 02:00:00+00', '2024-09-11 08:00:00+00'),
	(149, 'NV-P38-06', 1, 17, 33, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Thanh Hóa', NULL, '2024-11-23', '2024-11-23', 'in_progress', 89, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-06-14 02:00:00+00', '2024-07-07 09:00:00+00'),
	(150, 'NV-P40-01', 1, 18, 34, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Nghệ An', NULL, '2027-12-22', '2027-12-22', 'in_progress', 27, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-16 02:00:00+00', '2024-05-09 09:00:00+00'),
	(151, 'NV-P40-02', 1, 18, 34, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Nghệ An', NULL, '2025-09-14', '2025-09-14', 'awaiting_confirmation', 100, '2025-09-25', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-11 02:00:00+00', '2025-09-25 03:00:00+00'),
	(152, 'NV-P40-03', 1, 18, 34, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Nghệ An', NULL, '2025-04-21', '2025-04-21', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-23 02:00:00+00', '2024-04-23 02:00:00+00'),
	(154, 'NV-P40-05', 1, 18, 34, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Nghệ An', NULL, '2027-05-15', '2027-05-15', 'in_progress', 18, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-23 02:00:00+00', '2024-05-16 09:00:00+00'),
	(155, 'NV-P40-06', 1, 18, 34, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Nghệ An', NULL, '2025-03-06', '2025-03-06', 'completed', 100, '2025-03-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-11 02:00:00+00', '2025-03-26 08:00:00+00'),
	(156, 'NV-P40-07', 1, 18, 34, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Nghệ An)', NULL, '2027-10-25', '2027-10-25', 'in_progress', 82, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-21 02:00:00+00', '2024-05-14 09:00:00+00'),
	(157, 'NV-P40-08', 1, 18, 34, 'Tổng hợp kiến nghị, đề xuất của Nghệ An gửi Ban Chỉ đạo Trung ương', NULL, '2024-06-10', '2024-06-10', 'completed', 100, '2024-07-09', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-24 02:00:00+00', '2024-07-11 08:00:00+00'),
	(158, 'NV-P42-01', 1, 19, 35, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hà Tĩnh', NULL, '2024-07-05', '2024-07-05', 'in_progress', 85, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-29 02:00:00+00', '2024-06-21 09:00:00+00'),
	(159, 'NV-P42-02', 1, 19, 35, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hà Tĩnh', NULL, '2026-01-03', '2026-01-03', 'completed', 100, '2026-01-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-14 02:00:00+00', '2026-01-28 08:00:00+00'),
	(160, 'NV-P42-03', 1, 19, 35, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hà Tĩnh', NULL, '2026-05-09', '2026-05-09', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-06-13 02:00:00+00', '2024-07-13 07:00:00+00'),
	(161, 'NV-P42-04', 1, 19, 35, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hà Tĩnh', NULL, '2026-04-26', '2026-04-26', 'completed', 100, '2026-04-21', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-05 02:00:00+00', '2026-04-23 08:00:00+00'),
	(162, 'NV-P42-05', 1, 19, 35, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hà Tĩnh', NULL, '2027-03-04', '2027-03-04', 'in_progress', 28, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-06-14 02:00:00+00', '2024-07-07 09:00:00+00'),
	(163, 'NV-P42-06', 1, 19, 35, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hà Tĩnh', NULL, '2026-06-16', '2026-06-16', 'completed', 100, '2026-07-03', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-29 02:00:00+00', '2026-07-05 08:00:00+00'),
	(164, 'NV-P42-07', 1, 19, 35, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Hà Tĩnh)', NULL, '2025-11-11', '2025-11-11', 'completed', 100, '2025-09-22', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-02 02:00:00+00', '2025-09-24 08:00:00+00'),
	(165, 'NV-P42-08', 1, 19, 35, 'Tổng hợp kiến nghị, đề xuất của Hà Tĩnh gửi Ban Chỉ đạo Trung ương', NULL, '2026-02-24', '2026-02-24', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-06-15 02:00:00+00', '2024-06-15 02:00:00+00'),
	(166, 'NV-P42-09', 1, 19, 35, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Hà Tĩnh', NULL, '2025-08-13', '2025-08-13', 'completed', 100, '2025-07-06', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-31 02:00:00+00', '2025-07-08 08:00:00+00'),
	(167, 'NV-P42-10', 1, 19, 35, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Hà Tĩnh', NULL, '2024-11-02', '2024-11-02', 'completed', 100, '2024-10-06', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-13 02:00:00+00', '2024-10-08 08:00:00+00'),
	(168, 'NV-P42-11', 1, 19, 35, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hà Tĩnh', NULL, '2027-02-09', '2027-02-09', 'in_progress', 84, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-28 02:00:00+00', '2024-06-20 09:00:00+00'),
	(169, 'NV-P42-12', 1, 19, 35, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hà Tĩnh', NULL, '2027-07-29', '2027-07-29', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-06-04 02:00:00+00', '2024-06-04 02:00:00+00'),
	(170, 'NV-P44-01', 1, 20, 36, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Trị', NULL, '2025-01-21', '2025-01-21', 'awaiting_confirmation', 100, '2024-11-27', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-12 02:00:00+00', '2024-11-27 03:00:00+00'),
	(171, 'NV-P44-02', 1, 20, 36, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Trị', NULL, '2024-06-21', '2024-06-21', 'completed', 100, '2024-06-27', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-20 02:00:00+00', '2024-06-29 08:00:00+00'),
	(172, 'NV-P44-03', 1, 20, 36, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Trị', NULL, '2025-07-09', '2025-07-09', 'completed', 100, '2025-06-22', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-12 02:00:00+00', '2025-06-24 08:00:00+00'),
	(173, 'NV-P44-04', 1, 20, 36, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Trị', NULL, '2024-10-09', '2024-10-09', 'completed', 100, '2024-08-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-10 02:00:00+00', '2024-08-26 08:00:00+00'),
	(174, 'NV-P44-05', 1, 20, 36, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Quảng Trị', NULL, '2025-04-30', '2025-04-30', 'awaiting_confirmation', 100, '2025-03-14', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-20 02:00:00+00', '2025-03-14 03:00:00+00'),
	(175, 'NV-P44-06', 1, 20, 36, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Quảng Trị', NULL, '2025-07-23', '2025-07-23', 'completed', 100, '2025-05-30', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-22 02:00:00+00', '2025-06-01 08:00:00+00'),
	(176, 'NV-P44-07', 1, 20, 36, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Quảng Trị)', NULL, '2027-03-22', '2027-03-22', 'in_progress', 73, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-21 02:00:00+00', '2024-05-14 09:00:00+00'),
	(177, 'NV-P44-08', 1, 20, 36, 'Tổng hợp kiến nghị, đề xuất của Quảng Trị gửi Ban Chỉ đạo Trung ương', NULL, '2025-04-16', '2025-04-16', 'completed', 100, '2025-02-25', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-14 02:00:00+00', '2025-02-27 08:00:00+00'),
	(178, 'NV-P44-09', 1, 20, 36, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Quảng Trị', NULL, '2025-06-12', '2025-06-12', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-04-14 02:00:00+00', '2024-05-14 07:00:00+00'),
	(231, 'NV-P56-08', 1, 25, 41, 'Tổng hợp kiến nghị, đề xuất của Khánh Hòa gửi Ban Chỉ đạo Trung ương', NULL, '2025-12-05', '2025-12-05', 'awaiting_confirmation', 100, '2025-12-07', NULL, NULL, DEFAULT, 3, 2, 2, '2024-06-07 02:00:00+00', '2025-12-07 03:00:00+00'),
	(179, 'NV-P44-10', 1, 20, 36, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Quảng Trị', NULL, '2024-12-14', '2024-12-14', 'completed', 100, '2025-01-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-12 02:00:00+00', '2025-01-07 08:00:00+00'),
	(180, 'NV-P44-11', 1, 20, 36, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Trị', NULL, '2027-10-16', '2027-10-16', 'in_progress', 35, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-14 02:00:00+00', '2024-05-07 09:00:00+00'),
	(181, 'NV-P44-12', 1, 20, 36, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Trị', NULL, '2025-07-02', '2025-07-02', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-24 02:00:00+00', '2024-04-24 02:00:00+00'),
	(182, 'NV-P44-13', 1, 20, 36, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Trị', NULL, '2027-05-31', '2027-05-31', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-24 02:00:00+00', '2024-04-24 02:00:00+00'),
	(183, 'NV-P46-01', 1, 21, 37, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Huế', NULL, '2026-02-28', '2026-02-28', 'completed', 100, '2026-01-07', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-20 02:00:00+00', '2026-01-09 08:00:00+00'),
	(184, 'NV-P46-02', 1, 21, 37, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Huế', NULL, '2024-10-29', '2024-10-29', 'completed', 100, '2024-09-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-09 02:00:00+00', '2024-09-26 08:00:00+00'),
	(185, 'NV-P46-03', 1, 21, 37, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Huế', NULL, '2025-11-27', '2025-11-27', 'completed', 100, '2025-12-08', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-20 02:00:00+00', '2025-12-10 08:00:00+00'),
	(186, 'NV-P46-04', 1, 21, 37, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Huế', NULL, '2024-08-30', '2024-08-30', 'completed', 100, '2024-08-14', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-15 02:00:00+00', '2024-08-16 08:00:00+00'),
	(187, 'NV-P46-05', 1, 21, 37, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Huế', NULL, '2026-01-14', '2026-01-14', 'completed', 100, '2026-02-04', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-14 02:00:00+00', '2026-02-06 08:00:00+00'),
	(188, 'NV-P46-06', 1, 21, 37, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Huế', NULL, '2025-11-19', '2025-11-19', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-03-20 02:00:00+00', '2024-04-19 07:00:00+00'),
	(189, 'NV-P46-07', 1, 21, 37, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Huế)', NULL, '2025-11-29', '2025-11-29', 'completed', 100, '2025-10-10', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-08 02:00:00+00', '2025-10-12 08:00:00+00'),
	(190, 'NV-P46-08', 1, 21, 37, 'Tổng hợp kiến nghị, đề xuất của Huế gửi Ban Chỉ đạo Trung ương', NULL, '2026-03-20', '2026-03-20', 'completed', 100, '2026-04-07', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-18 02:00:00+00', '2026-04-09 08:00:00+00'),
	(191, 'NV-P46-09', 1, 21, 37, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Huế', NULL, '2025-03-16', '2025-03-16', 'completed', 100, '2025-03-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-06 02:00:00+00', '2025-03-17 08:00:00+00'),
	(192, 'NV-P46-10', 1, 21, 37, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Huế', NULL, '2027-07-03', '2027-07-03', 'in_progress', 51, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-09 02:00:00+00', '2024-04-01 09:00:00+00'),
	(193, 'NV-P46-11', 1, 21, 37, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Huế', NULL, '2025-04-06', '2025-04-06', 'completed', 100, '2025-03-19', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-10 02:00:00+00', '2025-03-21 08:00:00+00'),
	(194, 'NV-P46-12', 1, 21, 37, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Huế', NULL, '2024-11-02', '2024-11-02', 'completed', 100, '2024-11-19', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-19 02:00:00+00', '2024-11-21 08:00:00+00'),
	(195, 'NV-P48-01', 1, 22, 38, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đà Nẵng', NULL, '2027-01-04', '2027-01-04', 'in_progress', 71, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-18 02:00:00+00', '2024-05-11 09:00:00+00'),
	(196, 'NV-P48-02', 1, 22, 38, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đà Nẵng', NULL, '2025-07-21', '2025-07-21', 'completed', 100, '2025-05-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-20 02:00:00+00', '2025-05-28 08:00:00+00'),
	(197, 'NV-P48-03', 1, 22, 38, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đà Nẵng', NULL, '2027-04-09', '2027-04-09', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-21 02:00:00+00', '2024-04-21 02:00:00+00'),
	(198, 'NV-P48-04', 1, 22, 38, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đà Nẵng', NULL, '2024-12-29', '2024-12-29', 'awaiting_confirmation', 100, '2024-12-29', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-11 02:00:00+00', '2024-12-29 03:00:00+00'),
	(199, 'NV-P48-05', 1, 22, 38, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đà Nẵng', NULL, '2025-03-05', '2025-03-05', 'completed', 100, '2025-01-06', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-19 02:00:00+00', '2025-01-08 08:00:00+00');
INSERT INTO public.tasks VALUES
	(200, 'NV-P48-06', 1, 22, 38, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đà Nẵng', NULL, '2025-05-10', '2025-05-10', 'awaiting_confirmation', 100, '2025-03-22', NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-27 02:00:00+00', '2025-03-22 03:00:00+00'),
	(201, 'NV-P51-01', 1, 23, 39, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Ngãi', NULL, '2025-11-11', '2025-11-11', 'in_progress', 20, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-08 02:00:00+00', '2024-03-31 09:00:00+00'),
	(202, 'NV-P51-02', 1, 23, 39, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Ngãi', NULL, '2025-06-05', '2025-06-05', 'completed', 100, '2025-07-02', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-18 02:00:00+00', '2025-07-04 08:00:00+00'),
	(203, 'NV-P51-03', 1, 23, 39, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Ngãi', NULL, '2027-12-14', '2027-12-14', 'in_progress', 83, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-15 02:00:00+00', '2024-04-07 09:00:00+00'),
	(204, 'NV-P51-04', 1, 23, 39, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Ngãi', NULL, '2025-11-30', '2025-11-30', 'completed', 100, '2025-10-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-08 02:00:00+00', '2025-10-13 08:00:00+00'),
	(205, 'NV-P51-05', 1, 23, 39, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Quảng Ngãi', NULL, '2024-08-22', '2024-08-22', 'completed', 100, '2024-08-17', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-16 02:00:00+00', '2024-08-19 08:00:00+00'),
	(206, 'NV-P51-06', 1, 23, 39, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Quảng Ngãi', NULL, '2026-01-29', '2026-01-29', 'completed', 100, '2026-02-20', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-05 02:00:00+00', '2026-02-22 08:00:00+00'),
	(207, 'NV-P51-07', 1, 23, 39, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Quảng Ngãi)', NULL, '2024-07-11', '2024-07-11', 'completed', 100, '2024-06-17', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-04 02:00:00+00', '2024-06-19 08:00:00+00'),
	(208, 'NV-P51-08', 1, 23, 39, 'Tổng hợp kiến nghị, đề xuất của Quảng Ngãi gửi Ban Chỉ đạo Trung ương', NULL, '2027-08-19', '2027-08-19', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-18 02:00:00+00', '2024-03-18 02:00:00+00'),
	(209, 'NV-P51-09', 1, 23, 39, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Quảng Ngãi', NULL, '2025-02-04', '2025-02-04', 'completed', 100, '2025-02-02', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-17 02:00:00+00', '2025-02-04 08:00:00+00'),
	(210, 'NV-P51-10', 1, 23, 39, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Quảng Ngãi', NULL, '2025-04-24', '2025-04-24', 'completed', 100, '2025-04-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-13 02:00:00+00', '2025-04-17 08:00:00+00'),
	(211, 'NV-P51-11', 1, 23, 39, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Quảng Ngãi', NULL, '2027-05-07', '2027-05-07', 'in_progress', 79, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-04 02:00:00+00', '2024-03-27 09:00:00+00'),
	(212, 'NV-P51-12', 1, 23, 39, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Quảng Ngãi', NULL, '2026-01-20', '2026-01-20', 'awaiting_confirmation', 100, '2026-01-21', NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-06 02:00:00+00', '2026-01-21 03:00:00+00'),
	(213, 'NV-P51-13', 1, 23, 39, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Quảng Ngãi', NULL, '2027-01-29', '2027-01-29', 'in_progress', 26, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-13 02:00:00+00', '2024-04-05 09:00:00+00'),
	(214, 'NV-P51-14', 1, 23, 39, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Quảng Ngãi', NULL, '2026-12-06', '2026-12-06', 'in_progress', 41, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-21 02:00:00+00', '2024-04-13 09:00:00+00'),
	(215, 'NV-P52-01', 1, 24, 40, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Gia Lai', NULL, '2025-12-13', '2025-12-13', 'completed', 100, '2026-01-10', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-26 02:00:00+00', '2026-01-12 08:00:00+00'),
	(216, 'NV-P52-02', 1, 24, 40, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Gia Lai', NULL, '2025-04-28', '2025-04-28', 'completed', 100, '2025-04-20', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-30 02:00:00+00', '2025-04-22 08:00:00+00'),
	(217, 'NV-P52-03', 1, 24, 40, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Gia Lai', NULL, '2025-10-30', '2025-10-30', 'completed', 100, '2025-10-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-01 02:00:00+00', '2025-10-26 08:00:00+00'),
	(218, 'NV-P52-04', 1, 24, 40, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Gia Lai', NULL, '2026-11-30', '2026-11-30', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-27 02:00:00+00', '2024-03-27 02:00:00+00'),
	(219, 'NV-P52-05', 1, 24, 40, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Gia Lai', NULL, '2027-11-17', '2027-11-17', 'in_progress', 42, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-16 02:00:00+00', '2024-04-08 09:00:00+00'),
	(220, 'NV-P52-06', 1, 24, 40, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Gia Lai', NULL, '2025-12-01', '2025-12-01', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-15 02:00:00+00', '2024-03-15 02:00:00+00'),
	(221, 'NV-P52-07', 1, 24, 40, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Gia Lai)', NULL, '2027-08-26', '2027-08-26', 'in_progress', 36, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-29 02:00:00+00', '2024-04-21 09:00:00+00'),
	(222, 'NV-P52-08', 1, 24, 40, 'Tổng hợp kiến nghị, đề xuất của Gia Lai gửi Ban Chỉ đạo Trung ương', NULL, '2026-02-10', '2026-02-10', 'completed', 100, '2026-02-17', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-27 02:00:00+00', '2026-02-19 08:00:00+00'),
	(223, 'NV-P52-09', 1, 24, 40, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Gia Lai', NULL, '2025-02-28', '2025-02-28', 'completed', 100, '2025-02-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-23 02:00:00+00', '2025-02-17 08:00:00+00'),
	(224, 'NV-P56-01', 1, 25, 41, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Khánh Hòa', NULL, '2026-06-20', '2026-06-20', 'completed', 100, '2026-07-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-11 02:00:00+00', '2026-07-17 08:00:00+00'),
	(225, 'NV-P56-02', 1, 25, 41, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Khánh Hòa', NULL, '2026-12-15', '2026-12-15', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-06-09 02:00:00+00', '2024-06-09 02:00:00+00'),
	(226, 'NV-P56-03', 1, 25, 41, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Khánh Hòa', NULL, '2026-02-12', '2026-02-12', 'in_progress', 45, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-06-14 02:00:00+00', '2024-07-07 09:00:00+00'),
	(227, 'NV-P56-04', 1, 25, 41, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Khánh Hòa', NULL, '2026-02-08', '2026-02-08', 'completed', 100, '2026-02-22', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-30 02:00:00+00', '2026-02-24 08:00:00+00'),
	(228, 'NV-P56-05', 1, 25, 41, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Khánh Hòa', NULL, '2027-07-11', '2027-07-11', 'in_progress', 34, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-06-06 02:00:00+00', '2024-06-29 09:00:00+00'),
	(229, 'NV-P56-06', 1, 25, 41, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Khánh Hòa', NULL, '2025-11-23', '2025-11-23', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-06-10 02:00:00+00', '2024-07-10 07:00:00+00'),
	(230, 'NV-P56-07', 1, 25, 41, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Khánh Hòa)', NULL, '2026-05-31', '2026-05-31', 'completed', 100, '2026-04-16', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-01 02:00:00+00', '2026-04-18 08:00:00+00'),
	(232, 'NV-P56-09', 1, 25, 41, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Khánh Hòa', NULL, '2025-11-02', '2025-11-02', 'cancelled', 0, NULL, NULL, NULL, DEFAULT, 2, 2, 2, '2024-06-02 02:00:00+00', '2024-07-02 07:00:00+00'),
	(233, 'NV-P66-01', 1, 26, 42, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đắk Lắk', NULL, '2024-11-17', '2024-11-17', 'completed', 100, '2024-10-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-24 02:00:00+00', '2024-10-07 08:00:00+00'),
	(234, 'NV-P66-02', 1, 26, 42, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đắk Lắk', NULL, '2024-07-19', '2024-07-19', 'completed', 100, '2024-08-07', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-01 02:00:00+00', '2024-08-09 08:00:00+00'),
	(235, 'NV-P66-03', 1, 26, 42, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đắk Lắk', NULL, '2027-07-04', '2027-07-04', 'in_progress', 24, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-10 02:00:00+00', '2024-06-02 09:00:00+00'),
	(236, 'NV-P66-04', 1, 26, 42, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đắk Lắk', NULL, '2026-12-09', '2026-12-09', 'in_progress', 85, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-30 02:00:00+00', '2024-05-23 09:00:00+00'),
	(237, 'NV-P66-05', 1, 26, 42, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đắk Lắk', NULL, '2027-06-26', '2027-06-26', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-04-30 02:00:00+00', '2024-04-30 02:00:00+00'),
	(238, 'NV-P66-06', 1, 26, 42, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đắk Lắk', NULL, '2025-12-21', '2025-12-21', 'completed', 100, '2026-01-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-02 02:00:00+00', '2026-01-07 08:00:00+00'),
	(239, 'NV-P66-07', 1, 26, 42, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Đắk Lắk)', NULL, '2027-07-04', '2027-07-04', 'in_progress', 16, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-30 02:00:00+00', '2024-05-23 09:00:00+00'),
	(240, 'NV-P66-08', 1, 26, 42, 'Tổng hợp kiến nghị, đề xuất của Đắk Lắk gửi Ban Chỉ đạo Trung ương', NULL, '2025-11-26', '2025-11-26', 'completed', 100, '2025-11-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-04 02:00:00+00', '2025-11-25 08:00:00+00'),
	(241, 'NV-P66-09', 1, 26, 42, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Đắk Lắk', NULL, '2025-04-11', '2025-04-11', 'completed', 100, '2025-03-03', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-22 02:00:00+00', '2025-03-05 08:00:00+00'),
	(242, 'NV-P68-01', 1, 27, 43, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lâm Đồng', NULL, '2024-12-26', '2024-12-26', 'completed', 100, '2025-01-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-28 02:00:00+00', '2025-01-25 08:00:00+00'),
	(243, 'NV-P68-02', 1, 27, 43, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lâm Đồng', NULL, '2027-08-15', '2027-08-15', 'in_progress', 65, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-13 02:00:00+00', '2024-06-05 09:00:00+00'),
	(244, 'NV-P68-03', 1, 27, 43, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lâm Đồng', NULL, '2025-12-14', '2025-12-14', 'awaiting_confirmation', 100, '2025-12-10', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-10 02:00:00+00', '2025-12-10 03:00:00+00'),
	(245, 'NV-P68-04', 1, 27, 43, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lâm Đồng', NULL, '2026-12-14', '2026-12-14', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-12 02:00:00+00', '2024-05-12 02:00:00+00'),
	(246, 'NV-P68-05', 1, 27, 43, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Lâm Đồng', NULL, '2025-02-20', '2025-02-20', 'completed', 100, '2025-02-02', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-15 02:00:00+00', '2025-02-04 08:00:00+00'),
	(247, 'NV-P68-06', 1, 27, 43, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Lâm Đồng', NULL, '2027-09-26', '2027-09-26', 'in_progress', 59, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-26 02:00:00+00', '2024-06-18 09:00:00+00'),
	(248, 'NV-P68-07', 1, 27, 43, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Lâm Đồng)', NULL, '2024-07-14', '2024-07-14', 'completed', 100, '2024-07-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-12 02:00:00+00', '2024-07-07 08:00:00+00'),
	(249, 'NV-P68-08', 1, 27, 43, 'Tổng hợp kiến nghị, đề xuất của Lâm Đồng gửi Ban Chỉ đạo Trung ương', NULL, '2027-06-14', '2027-06-14', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-22 02:00:00+00', '2024-05-22 02:00:00+00'),
	(250, 'NV-P68-09', 1, 27, 43, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Lâm Đồng', NULL, '2026-02-03', '2026-02-03', 'completed', 100, '2026-02-12', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-22 02:00:00+00', '2026-02-14 08:00:00+00'),
	(251, 'NV-P68-10', 1, 27, 43, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Lâm Đồng', NULL, '2025-04-07', '2025-04-07', 'completed', 100, '2025-04-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-26 02:00:00+00', '2025-04-17 08:00:00+00'),
	(252, 'NV-P68-11', 1, 27, 43, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Lâm Đồng', NULL, '2026-03-13', '2026-03-13', 'awaiting_confirmation', 100, '2026-02-28', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-25 02:00:00+00', '2026-02-28 03:00:00+00'),
	(253, 'NV-P68-12', 1, 27, 43, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Lâm Đồng', NULL, '2024-10-26', '2024-10-26', 'completed', 100, '2024-10-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-17 02:00:00+00', '2024-10-17 08:00:00+00'),
	(254, 'NV-P68-13', 1, 27, 43, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Lâm Đồng', NULL, '2026-05-21', '2026-05-21', 'completed', 100, '2026-06-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-27 02:00:00+00', '2026-06-07 08:00:00+00'),
	(255, 'NV-P68-14', 1, 27, 43, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Lâm Đồng', NULL, '2027-08-20', '2027-08-20', 'in_progress', 48, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-20 02:00:00+00', '2024-06-12 09:00:00+00'),
	(256, 'NV-P75-01', 1, 28, 44, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đồng Nai', NULL, '2027-10-13', '2027-10-13', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-04 02:00:00+00', '2024-05-04 02:00:00+00'),
	(257, 'NV-P75-02', 1, 28, 44, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đồng Nai', NULL, '2025-08-18', '2025-08-18', 'completed', 100, '2025-09-01', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-24 02:00:00+00', '2025-09-03 08:00:00+00'),
	(258, 'NV-P75-03', 1, 28, 44, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đồng Nai', NULL, '2025-07-22', '2025-07-22', 'completed', 100, '2025-07-24', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-01 02:00:00+00', '2025-07-26 08:00:00+00'),
	(259, 'NV-P75-04', 1, 28, 44, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đồng Nai', NULL, '2026-04-01', '2026-04-01', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-04 02:00:00+00', '2024-05-04 02:00:00+00'),
	(260, 'NV-P75-05', 1, 28, 44, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đồng Nai', NULL, '2027-03-25', '2027-03-25', 'in_progress', 74, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-19 02:00:00+00', '2024-05-12 09:00:00+00'),
	(261, 'NV-P75-06', 1, 28, 44, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đồng Nai', NULL, '2024-11-12', '2024-11-12', 'completed', 100, '2024-09-30', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-04 02:00:00+00', '2024-10-02 08:00:00+00'),
	(262, 'NV-P79-01', 1, 29, 45, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hồ Chí Minh', NULL, '2025-01-13', '2025-01-13', 'completed', 100, '2025-02-09', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-08 02:00:00+00', '2025-02-11 08:00:00+00'),
	(263, 'NV-P79-02', 1, 29, 45, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hồ Chí Minh', NULL, '2027-11-13', '2027-11-13', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-12 02:00:00+00', '2024-05-12 02:00:00+00'),
	(264, 'NV-P79-03', 1, 29, 45, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hồ Chí Minh', NULL, '2025-11-10', '2025-11-10', 'awaiting_confirmation', 100, '2025-11-27', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-07 02:00:00+00', '2025-11-27 03:00:00+00'),
	(265, 'NV-P79-04', 1, 29, 45, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hồ Chí Minh', NULL, '2025-02-18', '2025-02-18', 'completed', 100, '2025-02-08', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-02 02:00:00+00', '2025-02-10 08:00:00+00'),
	(266, 'NV-P79-05', 1, 29, 45, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Hồ Chí Minh', NULL, '2025-08-04', '2025-08-04', 'completed', 100, '2025-06-21', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-25 02:00:00+00', '2025-06-23 08:00:00+00'),
	(267, 'NV-P79-06', 1, 29, 45, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Hồ Chí Minh', NULL, '2027-09-30', '2027-09-30', 'in_progress', 42, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-06 02:00:00+00', '2024-05-29 09:00:00+00'),
	(268, 'NV-P79-07', 1, 29, 45, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Hồ Chí Minh)', NULL, '2024-07-06', '2024-07-06', 'awaiting_confirmation', 100, '2024-05-29', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-07 02:00:00+00', '2024-05-29 03:00:00+00'),
	(269, 'NV-P79-08', 1, 29, 45, 'Tổng hợp kiến nghị, đề xuất của Hồ Chí Minh gửi Ban Chỉ đạo Trung ương', NULL, '2025-07-08', '2025-07-08', 'completed', 100, '2025-06-28', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-03 02:00:00+00', '2025-06-30 08:00:00+00'),
	(270, 'NV-P79-09', 1, 29, 45, 'Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong xây dựng khối đại đoàn kết tại Hồ Chí Minh', NULL, '2024-07-28', '2024-07-28', 'completed', 100, '2024-07-31', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-12 02:00:00+00', '2024-08-02 08:00:00+00'),
	(271, 'NV-P79-10', 1, 29, 45, 'Rà soát chính sách đối với công nhân, nông dân, trí thức trên địa bàn Hồ Chí Minh', NULL, '2025-02-15', '2025-02-15', 'completed', 100, '2025-02-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-09 02:00:00+00', '2025-02-13 08:00:00+00'),
	(272, 'NV-P79-11', 1, 29, 45, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Hồ Chí Minh', NULL, '2027-05-26', '2027-05-26', 'in_progress', 25, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-28 02:00:00+00', '2024-05-21 09:00:00+00'),
	(273, 'NV-P79-12', 1, 29, 45, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Hồ Chí Minh', NULL, '2024-10-20', '2024-10-20', 'completed', 100, '2024-11-02', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-09 02:00:00+00', '2024-11-04 08:00:00+00'),
	(274, 'NV-P79-13', 1, 29, 45, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Hồ Chí Minh', NULL, '2024-12-09', '2024-12-09', 'in_progress', 58, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-02 02:00:00+00', '2024-05-25 09:00:00+00'),
	(275, 'NV-P79-14', 1, 29, 45, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Hồ Chí Minh', NULL, '2025-09-18', '2025-09-18', 'completed', 100, '2025-07-27', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-29 02:00:00+00', '2025-07-29 08:00:00+00'),
	(276, 'NV-P80-01', 1, 30, 46, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Tây Ninh', NULL, '2025-04-11', '2025-04-11', 'in_progress', 30, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-22 02:00:00+00', '2024-04-14 09:00:00+00'),
	(277, 'NV-P80-02', 1, 30, 46, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Tây Ninh', NULL, '2024-11-26', '2024-11-26', 'completed', 100, '2024-12-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-17 02:00:00+00', '2024-12-17 08:00:00+00'),
	(278, 'NV-P80-03', 1, 30, 46, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Tây Ninh', NULL, '2024-08-25', '2024-08-25', 'completed', 100, '2024-07-31', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-25 02:00:00+00', '2024-08-02 08:00:00+00'),
	(279, 'NV-P80-04', 1, 30, 46, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Tây Ninh', NULL, '2024-06-19', '2024-06-19', 'awaiting_confirmation', 100, '2024-05-10', NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-18 02:00:00+00', '2024-05-10 03:00:00+00'),
	(280, 'NV-P80-05', 1, 30, 46, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Tây Ninh', NULL, '2024-09-10', '2024-09-10', 'completed', 100, '2024-07-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-20 02:00:00+00', '2024-07-28 08:00:00+00'),
	(281, 'NV-P80-06', 1, 30, 46, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Tây Ninh', NULL, '2024-11-11', '2024-11-11', 'completed', 100, '2024-11-21', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-20 02:00:00+00', '2024-11-23 08:00:00+00'),
	(282, 'NV-P82-01', 1, 31, 47, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Đồng Tháp', NULL, '2026-12-25', '2026-12-25', 'in_progress', 62, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-18 02:00:00+00', '2024-06-10 09:00:00+00'),
	(283, 'NV-P82-02', 1, 31, 47, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Đồng Tháp', NULL, '2027-07-21', '2027-07-21', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-08 02:00:00+00', '2024-05-08 02:00:00+00'),
	(284, 'NV-P82-03', 1, 31, 47, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Đồng Tháp', NULL, '2025-03-07', '2025-03-07', 'completed', 100, '2025-02-23', NULL, NULL, DEFAULT, 4, 2, 2, '2024-05-16 02:00:00+00', '2025-02-25 08:00:00+00'),
	(285, 'NV-P82-04', 1, 31, 47, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Đồng Tháp', NULL, '2027-12-15', '2027-12-15', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-05-17 02:00:00+00', '2024-05-17 02:00:00+00'),
	(286, 'NV-P82-05', 1, 31, 47, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Đồng Tháp', NULL, '2025-07-07', '2025-07-07', 'awaiting_confirmation', 100, '2025-05-24', NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-25 02:00:00+00', '2025-05-24 03:00:00+00'),
	(287, 'NV-P82-06', 1, 31, 47, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Đồng Tháp', NULL, '2027-11-04', '2027-11-04', 'in_progress', 46, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-05-22 02:00:00+00', '2024-06-14 09:00:00+00'),
	(288, 'NV-P86-01', 1, 32, 48, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Vĩnh Long', NULL, '2024-09-10', '2024-09-10', 'in_progress', 87, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-06-09 02:00:00+00', '2024-07-02 09:00:00+00'),
	(289, 'NV-P86-02', 1, 32, 48, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Vĩnh Long', NULL, '2027-08-22', '2027-08-22', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-06-05 02:00:00+00', '2024-06-05 02:00:00+00'),
	(290, 'NV-P86-03', 1, 32, 48, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Vĩnh Long', NULL, '2025-10-27', '2025-10-27', 'completed', 100, '2025-08-29', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-19 02:00:00+00', '2025-08-31 08:00:00+00'),
	(291, 'NV-P86-04', 1, 32, 48, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Vĩnh Long', NULL, '2024-11-08', '2024-11-08', 'completed', 100, '2024-10-13', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-21 02:00:00+00', '2024-10-15 08:00:00+00'),
	(292, 'NV-P86-05', 1, 32, 48, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Vĩnh Long', NULL, '2025-10-29', '2025-10-29', 'completed', 100, '2025-10-31', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-22 02:00:00+00', '2025-11-02 08:00:00+00'),
	(293, 'NV-P86-06', 1, 32, 48, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Vĩnh Long', NULL, '2026-03-16', '2026-03-16', 'completed', 100, '2026-03-05', NULL, NULL, DEFAULT, 4, 2, 2, '2024-06-13 02:00:00+00', '2026-03-07 08:00:00+00'),
	(294, 'NV-P86-07', 1, 32, 48, 'Tuyên truyền kết quả tổng kết Nghị quyết số 23-NQ/TW trên báo chí địa phương (Vĩnh Long)', NULL, '2027-10-08', '2027-10-08', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-06-21 02:00:00+00', '2024-06-21 02:00:00+00'),
	(295, 'NV-P91-01', 1, 33, 49, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của An Giang', NULL, '2026-04-19', '2026-04-19', 'completed', 100, '2026-04-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-09 02:00:00+00', '2026-04-28 08:00:00+00'),
	(296, 'NV-P91-02', 1, 33, 49, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại An Giang', NULL, '2025-09-09', '2025-09-09', 'awaiting_confirmation', 100, '2025-09-11', NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-29 02:00:00+00', '2025-09-11 03:00:00+00'),
	(297, 'NV-P91-03', 1, 33, 49, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại An Giang', NULL, '2024-12-20', '2024-12-20', 'completed', 100, '2024-10-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-28 02:00:00+00', '2024-10-28 08:00:00+00'),
	(298, 'NV-P91-04', 1, 33, 49, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại An Giang', NULL, '2024-08-23', '2024-08-23', 'completed', 100, '2024-08-15', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-12 02:00:00+00', '2024-08-17 08:00:00+00'),
	(299, 'NV-P91-05', 1, 33, 49, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại An Giang', NULL, '2024-11-27', '2024-11-27', 'in_progress', 77, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-14 02:00:00+00', '2024-05-07 09:00:00+00'),
	(300, 'NV-P91-06', 1, 33, 49, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại An Giang', NULL, '2024-10-18', '2024-10-18', 'completed', 100, '2024-10-12', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-13 02:00:00+00', '2024-10-14 08:00:00+00'),
	(301, 'NV-P92-01', 1, 34, 50, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Cần Thơ', NULL, '2025-11-11', '2025-11-11', 'completed', 100, '2025-11-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-17 02:00:00+00', '2025-11-13 08:00:00+00'),
	(302, 'NV-P92-02', 1, 34, 50, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Cần Thơ', NULL, '2025-06-30', '2025-06-30', 'completed', 100, '2025-05-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-13 02:00:00+00', '2025-05-13 08:00:00+00'),
	(303, 'NV-P92-03', 1, 34, 50, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Cần Thơ', NULL, '2027-06-16', '2027-06-16', 'in_progress', 16, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-17 02:00:00+00', '2024-05-10 09:00:00+00'),
	(304, 'NV-P92-04', 1, 34, 50, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Cần Thơ', NULL, '2025-08-13', '2025-08-13', 'completed', 100, '2025-07-16', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-14 02:00:00+00', '2025-07-18 08:00:00+00'),
	(305, 'NV-P92-05', 1, 34, 50, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Cần Thơ', NULL, '2027-01-22', '2027-01-22', 'in_progress', 18, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-04-10 02:00:00+00', '2024-05-03 09:00:00+00'),
	(306, 'NV-P92-06', 1, 34, 50, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Cần Thơ', NULL, '2025-02-08', '2025-02-08', 'completed', 100, '2024-12-13', NULL, NULL, DEFAULT, 4, 2, 2, '2024-04-14 02:00:00+00', '2024-12-15 08:00:00+00'),
	(307, 'NV-P96-01', 1, 35, 51, 'Xây dựng báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của Cà Mau', NULL, '2024-05-01', '2024-05-01', 'awaiting_confirmation', 100, '2024-05-19', NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-18 02:00:00+00', '2024-05-19 03:00:00+00'),
	(308, 'NV-P96-02', 1, 35, 51, 'Tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW tại Cà Mau', NULL, '2024-08-03', '2024-08-03', 'awaiting_confirmation', 100, '2024-06-04', NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-20 02:00:00+00', '2024-06-04 03:00:00+00'),
	(309, 'NV-P96-03', 1, 35, 51, 'Khảo sát, đánh giá thực trạng khối đại đoàn kết toàn dân tộc ở cơ sở tại Cà Mau', NULL, '2027-07-30', '2027-07-30', 'not_started', 0, NULL, NULL, NULL, DEFAULT, 1, 2, 2, '2024-03-29 02:00:00+00', '2024-03-29 02:00:00+00'),
	(310, 'NV-P96-04', 1, 35, 51, 'Tổng hợp mô hình, cách làm hay trong công tác dân vận tại Cà Mau', NULL, '2027-11-05', '2027-11-05', 'in_progress', 49, NULL, NULL, NULL, DEFAULT, 3, 2, 2, '2024-03-20 02:00:00+00', '2024-04-12 09:00:00+00'),
	(311, 'NV-P96-05', 1, 35, 51, 'Rà soát việc thực hiện chính sách đối với đồng bào dân tộc thiểu số, đồng bào tôn giáo tại Cà Mau', NULL, '2024-10-24', '2024-10-24', 'completed', 100, '2024-11-11', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-21 02:00:00+00', '2024-11-13 08:00:00+00'),
	(312, 'NV-P96-06', 1, 35, 51, 'Đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở tại Cà Mau', NULL, '2025-09-28', '2025-09-28', 'completed', 100, '2025-09-26', NULL, NULL, DEFAULT, 4, 2, 2, '2024-03-21 02:00:00+00', '2025-09-28 08:00:00+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES
	(1, 'quantri', 'Quản trị hệ thống', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'admin', 3, 1, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}'),
	(2, 'dieuphoi', 'Tổ giúp việc Ban Chỉ đạo', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'coordinator', 3, 1, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}'),
	(3, 'lanhdao', 'Lãnh đạo Ban Chỉ đạo', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'leader', 3, 1, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}'),
	(4, 'hp.dieuphoi', 'Văn phòng Thành ủy Hải Phòng', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'coordinator', 53, 30, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}'),
	(5, 'hp.lanhdao', 'Lãnh đạo Thành ủy Hải Phòng', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'leader', 52, 30, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}'),
	(6, 'hp.danvan', 'Cán bộ Ban Dân vận Thành ủy', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'official', 54, 54, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}'),
	(7, 'hp.mttq', 'Cán bộ Ủy ban MTTQ thành phố', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'official', 56, 56, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}'),
	(8, 'bnv', 'Cán bộ Bộ Nội vụ', '$argon2id$v=19$m=19456,t=2,p=1$q0RroC7uGQ5DqVZbTxLd5Q$heStelLovdrcdDcvcXA0U8UEFXa00pwlnznXUn/YCwQ', 'official', 11, 11, true, 1, 0, NULL, NULL, false, NULL, '2026-12-02 03:37:03.697266+00', '2026-12-02 03:37:03.697266+00', NULL, NULL, '{}');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 5, true);


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_id_seq', 1064, true);


--
-- Name: organizations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.organizations_id_seq', 59, true);


--
-- Name: recommendations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.recommendations_id_seq', 15, true);


--
-- Name: resolutions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.resolutions_id_seq', 2, true);


--
-- Name: reviews_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reviews_id_seq', 1, true);


--
-- Name: survey_sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.survey_sessions_id_seq', 35, true);


--
-- Name: task_status_periods_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.task_status_periods_id_seq', 923, true);


--
-- Name: tasks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tasks_id_seq', 312, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_id_seq', 8, true);


--
-- Name: __drizzle_migrations __drizzle_migrations_pkey; Type: CONSTRAINT; Schema: drizzle; Owner: -
--

ALTER TABLE ONLY drizzle.__drizzle_migrations
    ADD CONSTRAINT __drizzle_migrations_pkey PRIMARY KEY (id);


--
-- Name: code_counters code_counters_prefix_year_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.code_counters
    ADD CONSTRAINT code_counters_prefix_year_pk PRIMARY KEY (prefix, year);


--
-- Name: ended_sessions ended_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ended_sessions
    ADD CONSTRAINT ended_sessions_pkey PRIMARY KEY (sid);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: login_throttles login_throttles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_throttles
    ADD CONSTRAINT login_throttles_pkey PRIMARY KEY (key);


--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);


--
-- Name: recommendation_addressees recommendation_addressees_recommendation_id_organization_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_addressees
    ADD CONSTRAINT recommendation_addressees_recommendation_id_organization_id_pk PRIMARY KEY (recommendation_id, organization_id);


--
-- Name: recommendations recommendations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations
    ADD CONSTRAINT recommendations_pkey PRIMARY KEY (id);


--
-- Name: resolutions resolutions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resolutions
    ADD CONSTRAINT resolutions_pkey PRIMARY KEY (id);


--
-- Name: reviews reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_pkey PRIMARY KEY (id);


--
-- Name: survey_sessions survey_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.survey_sessions
    ADD CONSTRAINT survey_sessions_pkey PRIMARY KEY (id);


--
-- Name: task_recommendations task_recommendations_task_id_recommendation_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_recommendations
    ADD CONSTRAINT task_recommendations_task_id_recommendation_id_pk PRIMARY KEY (task_id, recommendation_id);


--
-- Name: task_status_periods task_status_periods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_status_periods
    ADD CONSTRAINT task_status_periods_pkey PRIMARY KEY (id);


--
-- Name: tasks tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: ended_sessions_ended_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ended_sessions_ended_at_idx ON public.ended_sessions USING btree (ended_at);


--
-- Name: events_actor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_actor_idx ON public.events USING btree (actor_id, at);


--
-- Name: events_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_at_idx ON public.events USING btree (at);


--
-- Name: events_entity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_entity_idx ON public.events USING btree (entity_type, entity_id, at);


--
-- Name: events_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_org_idx ON public.events USING btree (organization_id, at);


--
-- Name: organizations_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX organizations_code_key ON public.organizations USING btree (code);


--
-- Name: organizations_parent_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX organizations_parent_idx ON public.organizations USING btree (parent_id);


--
-- Name: organizations_path_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX organizations_path_idx ON public.organizations USING btree (path text_pattern_ops);


--
-- Name: organizations_province_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX organizations_province_idx ON public.organizations USING btree (province_id);


--
-- Name: recommendation_addressees_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recommendation_addressees_org_idx ON public.recommendation_addressees USING btree (organization_id, status);


--
-- Name: recommendations_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX recommendations_code_key ON public.recommendations USING btree (code);


--
-- Name: recommendations_duplicate_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recommendations_duplicate_idx ON public.recommendations USING btree (duplicate_of_id);


--
-- Name: recommendations_review_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recommendations_review_idx ON public.recommendations USING btree (review_id);


--
-- Name: recommendations_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recommendations_search_idx ON public.recommendations USING gin (search_text public.gin_trgm_ops);


--
-- Name: recommendations_source_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recommendations_source_idx ON public.recommendations USING btree (source_org_id);


--
-- Name: resolutions_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX resolutions_code_key ON public.resolutions USING btree (code);


--
-- Name: reviews_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX reviews_code_key ON public.reviews USING btree (code);


--
-- Name: survey_sessions_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX survey_sessions_code_key ON public.survey_sessions USING btree (code);


--
-- Name: survey_sessions_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX survey_sessions_org_idx ON public.survey_sessions USING btree (organization_id);


--
-- Name: task_recommendations_rec_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_recommendations_rec_idx ON public.task_recommendations USING btree (recommendation_id);


--
-- Name: task_status_periods_closed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_status_periods_closed_idx ON public.task_status_periods USING btree (valid_to) WHERE (valid_to IS NOT NULL);


--
-- Name: task_status_periods_open_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX task_status_periods_open_key ON public.task_status_periods USING btree (task_id) WHERE (valid_to IS NULL);


--
-- Name: task_status_periods_range_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_status_periods_range_idx ON public.task_status_periods USING btree (valid_from, valid_to);


--
-- Name: task_status_periods_task_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX task_status_periods_task_idx ON public.task_status_periods USING btree (task_id, valid_from);


--
-- Name: tasks_assignee_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tasks_assignee_idx ON public.tasks USING btree (assignee_org_id, status, due_on);


--
-- Name: tasks_code_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tasks_code_key ON public.tasks USING btree (code);


--
-- Name: tasks_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tasks_due_idx ON public.tasks USING btree (due_on);


--
-- Name: tasks_review_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tasks_review_idx ON public.tasks USING btree (review_id);


--
-- Name: tasks_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tasks_search_idx ON public.tasks USING gin (search_text public.gin_trgm_ops);


--
-- Name: tasks_session_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tasks_session_idx ON public.tasks USING btree (session_id);


--
-- Name: users_login_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_login_key ON public.users USING btree (lower(login));


--
-- Name: users_organization_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_organization_idx ON public.users USING btree (organization_id);


--
-- Name: events events_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON public.events FOR EACH STATEMENT EXECUTE FUNCTION public.events_append_only();


--
-- Name: events events_no_update_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_no_update_delete BEFORE DELETE OR UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION public.events_append_only();


--
-- Name: ended_sessions ended_sessions_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ended_sessions
    ADD CONSTRAINT ended_sessions_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: events events_actor_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_actor_id_users_id_fk FOREIGN KEY (actor_id) REFERENCES public.users(id);


--
-- Name: events events_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id);


--
-- Name: organizations organizations_parent_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_parent_id_organizations_id_fk FOREIGN KEY (parent_id) REFERENCES public.organizations(id);


--
-- Name: organizations organizations_province_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_province_id_organizations_id_fk FOREIGN KEY (province_id) REFERENCES public.organizations(id);


--
-- Name: organizations organizations_successor_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_successor_id_organizations_id_fk FOREIGN KEY (successor_id) REFERENCES public.organizations(id);


--
-- Name: recommendation_addressees recommendation_addressees_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_addressees
    ADD CONSTRAINT recommendation_addressees_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id);


--
-- Name: recommendation_addressees recommendation_addressees_recommendation_id_recommendations_id_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_addressees
    ADD CONSTRAINT recommendation_addressees_recommendation_id_recommendations_id_ FOREIGN KEY (recommendation_id) REFERENCES public.recommendations(id) ON DELETE CASCADE;


--
-- Name: recommendation_addressees recommendation_addressees_responded_by_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendation_addressees
    ADD CONSTRAINT recommendation_addressees_responded_by_id_users_id_fk FOREIGN KEY (responded_by_id) REFERENCES public.users(id);


--
-- Name: recommendations recommendations_created_by_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations
    ADD CONSTRAINT recommendations_created_by_id_users_id_fk FOREIGN KEY (created_by_id) REFERENCES public.users(id);


--
-- Name: recommendations recommendations_duplicate_of_id_recommendations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations
    ADD CONSTRAINT recommendations_duplicate_of_id_recommendations_id_fk FOREIGN KEY (duplicate_of_id) REFERENCES public.recommendations(id);


--
-- Name: recommendations recommendations_review_id_reviews_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations
    ADD CONSTRAINT recommendations_review_id_reviews_id_fk FOREIGN KEY (review_id) REFERENCES public.reviews(id);


--
-- Name: recommendations recommendations_session_id_survey_sessions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations
    ADD CONSTRAINT recommendations_session_id_survey_sessions_id_fk FOREIGN KEY (session_id) REFERENCES public.survey_sessions(id);


--
-- Name: recommendations recommendations_source_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations
    ADD CONSTRAINT recommendations_source_org_id_organizations_id_fk FOREIGN KEY (source_org_id) REFERENCES public.organizations(id);


--
-- Name: recommendations recommendations_updated_by_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.recommendations
    ADD CONSTRAINT recommendations_updated_by_id_users_id_fk FOREIGN KEY (updated_by_id) REFERENCES public.users(id);


--
-- Name: reviews reviews_coordinator_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_coordinator_org_id_organizations_id_fk FOREIGN KEY (coordinator_org_id) REFERENCES public.organizations(id);


--
-- Name: reviews reviews_resolution_id_resolutions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reviews
    ADD CONSTRAINT reviews_resolution_id_resolutions_id_fk FOREIGN KEY (resolution_id) REFERENCES public.resolutions(id);


--
-- Name: survey_sessions survey_sessions_created_by_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.survey_sessions
    ADD CONSTRAINT survey_sessions_created_by_id_users_id_fk FOREIGN KEY (created_by_id) REFERENCES public.users(id);


--
-- Name: survey_sessions survey_sessions_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.survey_sessions
    ADD CONSTRAINT survey_sessions_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id);


--
-- Name: survey_sessions survey_sessions_review_id_reviews_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.survey_sessions
    ADD CONSTRAINT survey_sessions_review_id_reviews_id_fk FOREIGN KEY (review_id) REFERENCES public.reviews(id);


--
-- Name: task_recommendations task_recommendations_recommendation_id_recommendations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_recommendations
    ADD CONSTRAINT task_recommendations_recommendation_id_recommendations_id_fk FOREIGN KEY (recommendation_id) REFERENCES public.recommendations(id) ON DELETE CASCADE;


--
-- Name: task_recommendations task_recommendations_task_id_tasks_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_recommendations
    ADD CONSTRAINT task_recommendations_task_id_tasks_id_fk FOREIGN KEY (task_id) REFERENCES public.tasks(id) ON DELETE CASCADE;


--
-- Name: task_status_periods task_status_periods_assignee_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_status_periods
    ADD CONSTRAINT task_status_periods_assignee_org_id_organizations_id_fk FOREIGN KEY (assignee_org_id) REFERENCES public.organizations(id);


--
-- Name: task_status_periods task_status_periods_task_id_tasks_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.task_status_periods
    ADD CONSTRAINT task_status_periods_task_id_tasks_id_fk FOREIGN KEY (task_id) REFERENCES public.tasks(id) ON DELETE CASCADE;


--
-- Name: tasks tasks_assignee_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_assignee_org_id_organizations_id_fk FOREIGN KEY (assignee_org_id) REFERENCES public.organizations(id);


--
-- Name: tasks tasks_created_by_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_created_by_id_users_id_fk FOREIGN KEY (created_by_id) REFERENCES public.users(id);


--
-- Name: tasks tasks_review_id_reviews_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_review_id_reviews_id_fk FOREIGN KEY (review_id) REFERENCES public.reviews(id);


--
-- Name: tasks tasks_session_id_survey_sessions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_session_id_survey_sessions_id_fk FOREIGN KEY (session_id) REFERENCES public.survey_sessions(id);


--
-- Name: tasks tasks_updated_by_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_updated_by_id_users_id_fk FOREIGN KEY (updated_by_id) REFERENCES public.users(id);


--
-- Name: users users_organization_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_organization_id_organizations_id_fk FOREIGN KEY (organization_id) REFERENCES public.organizations(id);


--
-- Name: users users_scope_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_scope_id_organizations_id_fk FOREIGN KEY (scope_id) REFERENCES public.organizations(id);


--
-- PostgreSQL database dump complete
--

\unrestrict QIdZgpfB3yJCWLrbsXWFL0LSlYCiKseCSHNDxZe7DSDOy78Fv6mFsscDPbabfFP

